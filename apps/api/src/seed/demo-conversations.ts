import type { ContactDocument } from '../modules/conversations/conversation.entity';

/** A visitor message of the demo, and where its ticket stands today. */
export interface DemoConversation {
  /** UTC time of day on the demo day, "HH:MM". */
  readonly at: string;
  readonly channel: string;
  readonly language: string;
  readonly contact: ContactDocument;
  readonly text: string;
  /** Where an agent has since taken the ticket; the flow itself always opens it as `new`. */
  readonly ticketStatus?: 'open' | 'pending' | 'resolved' | 'closed';
}

/**
 * The demo's conversations, Finnish and English, over several channels. Morning ones meet the
 * Helsinki shift, afternoon ones New York's, so the owners differ; the last one never asks for a
 * person and stays with the bot.
 */
export const DEMO_CONVERSATIONS: readonly DemoConversation[] = [
  {
    at: '09:05',
    channel: 'chat',
    language: 'fi',
    contact: { email: 'liisa.makela@example.fi' },
    text: 'Haluan peruutuksen tilaukselleni 10482, paketti ei ole vielä lähtenyt.',
    ticketStatus: 'open',
  },
  {
    at: '09:10',
    channel: 'messenger',
    language: 'fi',
    contact: { email: 'juha.niemi@example.fi' },
    text: 'Laskulta puuttuu luvattu hyvitys kahdesta makuupussista.',
    ticketStatus: 'closed',
  },
  {
    at: '09:20',
    channel: 'email',
    language: 'en',
    contact: { email: 'tom@northwind.example', company: 'Northwind Traders' },
    text: "I'd like a refund for the tent I sent back last week (order 10391).",
    ticketStatus: 'pending',
  },
  {
    at: '09:40',
    channel: 'email',
    language: 'fi',
    contact: { email: 'aada.laine@example.fi' },
    text: 'Milloin saan palautuksen rahat? Palautin vaelluskengät viikko sitten.',
  },
  {
    at: '14:30',
    channel: 'chat',
    language: 'en',
    contact: { email: 'ops@glacier-tours.example', company: 'Glacier Tours', tier: 'enterprise' },
    text: 'Can I talk to a human? Our bulk order of 40 shell jackets has been stuck for a week.',
    ticketStatus: 'open',
  },
  {
    at: '14:45',
    channel: 'whatsapp',
    language: 'en',
    contact: {},
    text: 'Please cancel my order, I picked the wrong boot size.',
    ticketStatus: 'resolved',
  },
  {
    at: '15:00',
    channel: 'chat',
    language: 'en',
    contact: {},
    text: 'What time does the Helsinki store open on Saturdays?',
  },
];

/**
 * The demo day: the latest weekday whose afternoon is over (by 16:00 UTC) before `now`, so every
 * demo conversation lies in the past and meets people at work.
 */
export function demoDay(now: Date): Date {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  if (now.getTime() < day.getTime() + 16 * 3_600_000) day.setUTCDate(day.getUTCDate() - 1);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() - 1);
  return day;
}

/** A demo conversation's moment on the demo day. */
export function demoMoment(day: Date, at: string): Date {
  const [hours, minutes] = at.split(':').map(Number);
  return new Date(day.getTime() + ((hours ?? 0) * 60 + (minutes ?? 0)) * 60_000);
}
