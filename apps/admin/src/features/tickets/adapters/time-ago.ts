import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';

dayjs.extend(relativeTime);

/**
 * "5 minutes ago", measured against `now` so a ticking clock can refresh it. A ticket newer than
 * the last tick (or stamped by a server clock a little ahead) reads "a few seconds ago", never "in …".
 */
export const timeAgo = (iso: string, now: number): string => dayjs(Math.min(Date.parse(iso), now)).from(dayjs(now));

/** The full moment, for tooltips and the details drawer. */
export const formatMoment = (iso: string): string => dayjs(iso).format('D MMM YYYY, HH:mm');
