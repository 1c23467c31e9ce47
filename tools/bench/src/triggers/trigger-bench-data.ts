import type { MessageShape } from './generate-messages';

/** P5's phrases: 5,000 custom triggers. */
export const PHRASES = { count: 5_000, seed: 5_000_2025 } as const;

/** P5's messages: 10,000, about a third quoting a phrase. */
export const MESSAGES: MessageShape = { count: 10_000, seed: 10_000_2025, quotingShare: 0.33 };
