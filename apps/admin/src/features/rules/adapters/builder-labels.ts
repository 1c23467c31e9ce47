import type { Path } from 'react-querybuilder';

/**
 * Accessible names for builder items, from their position: the first condition of the second
 * item is "condition 2.1", the root is "root group". Stable for a given tree, unique within it,
 * and predictable enough for a keyboard user (and an end-to-end test) to find a control by name.
 */
const position = (path: Path): string => path.map((i) => i + 1).join('.');

/** "condition 2.1" */
export const conditionName = (path: Path): string => `condition ${position(path)}`;

/** "root group" or "group 2" */
export const groupName = (path: Path): string => (path.length === 0 ? 'root group' : `group ${position(path)}`);

const SPECIAL_WORDS: Record<string, string> = { whatsapp: 'WhatsApp', sms: 'SMS', helpDesk: 'Help desk' };

/** An option value as people read it: `agentCannotAnswer` → "Agent cannot answer", `whatsapp` → "WhatsApp". */
export function humanize(value: string): string {
  const special = SPECIAL_WORDS[value];
  if (special) return special;
  const words = value.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
