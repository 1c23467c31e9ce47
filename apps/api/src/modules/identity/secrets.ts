import { createHash, randomBytes } from 'node:crypto';

/** API keys start with this, so leaked keys can be recognised (secret scanners, logs). */
export const API_KEY_PREFIX = 'hk_live_';

/** How much of a key is kept in clear to tell keys apart in lists: the prefix and 6 more characters. */
export const API_KEY_VISIBLE_LENGTH = API_KEY_PREFIX.length + 6;

/** A new high-entropy opaque secret (256 bits), URL-safe. */
export const randomSecret = (): string => randomBytes(32).toString('base64url');

/** A new API key: shown once, stored only as its hash. */
export const newApiKey = (): string => `${API_KEY_PREFIX}${randomSecret()}`;

/** Whether a credential looks like one of our API keys (and not like a JWT). */
export const looksLikeApiKey = (credential: string): boolean => credential.startsWith(API_KEY_PREFIX);

/**
 * The stored form of a high-entropy secret (API keys, refresh tokens). A fast hash is enough:
 * 256 random bits cannot be guessed, unlike passwords, which get argon2id.
 */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');
