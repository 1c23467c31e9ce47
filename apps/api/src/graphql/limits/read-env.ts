// Readers for the numeric and boolean variables of the limits, in config.ts's style: a bad value
// adds one problem naming the variable and the boot fails with all of them at once.

type Env = Readonly<Record<string, string | undefined>>;

/** An integer variable at least `min` (and at most `max`), or `fallback` when unset. */
export function readInteger(env: Env, name: string, fallback: number, problems: string[], min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^-?\d+$/.test(raw) || value < min || value > max) {
    problems.push(`${name} must be an integer between ${min} and ${max}, got "${env[name]}"`);
    return fallback;
  }
  return value;
}

/** A true/false variable, or `fallback` when unset. */
export function readFlag(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  problems.push(`${name} must be true or false, got "${env[name]}"`);
  return fallback;
}
