import type { WorkingHours } from '@handoff/domain';

const weekdays = (timeZone: string, start: string, end: string): WorkingHours => ({
  timeZone,
  intervals: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, start, end })),
});

/** The demo workspace's people: spread over time zones so availability visibly changes during a day. */
export const DEMO_USERS = [
  { key: 'aino', name: 'Aino Virtanen', email: 'aino@demo.handoff.dev', role: 'admin', status: 'online', capacity: 5, workingHours: weekdays('Europe/Helsinki', '08:00', '17:00') },
  { key: 'mikko', name: 'Mikko Korhonen', email: 'mikko@demo.handoff.dev', role: 'agent', status: 'online', capacity: 8, workingHours: weekdays('Europe/Helsinki', '08:00', '16:00') },
  { key: 'sara', name: 'Sara Lindqvist', email: 'sara@demo.handoff.dev', role: 'agent', status: 'away', capacity: 6, workingHours: weekdays('Europe/Stockholm', '09:00', '18:00') },
  { key: 'jamal', name: 'Jamal Carter', email: 'jamal@demo.handoff.dev', role: 'agent', status: 'online', capacity: 10, workingHours: weekdays('America/New_York', '09:00', '17:00') },
  { key: 'priya', name: 'Priya Nair', email: 'priya@demo.handoff.dev', role: 'agent', status: 'online', capacity: 6, workingHours: null },
  { key: 'olga', name: 'Olga Ivanova', email: 'olga@demo.handoff.dev', role: 'agent', status: 'offline', capacity: 6, workingHours: weekdays('Europe/Helsinki', '12:00', '20:00') },
] as const;

/** The demo teams and their members, in round-robin order. */
export const DEMO_TEAMS = [
  { key: 'billing', name: 'Billing', members: ['mikko', 'priya', 'olga'] },
  { key: 'support', name: 'Support', members: ['jamal', 'sara', 'priya'] },
  { key: 'sales', name: 'Sales', members: ['aino', 'sara'] },
] as const;
