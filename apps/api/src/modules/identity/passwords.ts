import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): memory-hard, so guessing on GPUs is costly.
const OPTIONS = { algorithm: 2 /* Algorithm.Argon2id: a const enum, unusable under isolatedModules */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** A password's stored form: argon2id with a random salt, in PHC string format. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// Verified against when the email is unknown, so a wrong email costs as long as a wrong password.
let decoy: Promise<string> | null = null;

/** Whether the password matches the stored hash; a missing hash never matches but costs the same time. */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (!storedHash) {
    decoy ??= hashPassword('decoy password that never matches');
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
