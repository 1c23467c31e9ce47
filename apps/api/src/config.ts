/**
 * The only reader of process.env. Validates everything at boot so a bad deployment fails with a
 * clear message per variable instead of misbehaving later.
 */
export interface ApiConfig {
  readonly port: number;
  readonly host: string;
}

/** A configuration problem, named after the variable that caused it. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration from an environment (process.env by default). */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): ApiConfig {
  const problems: string[] = [];
  const port = readPort(env['PORT'], problems);
  const host = env['HOST']?.trim() || '0.0.0.0';
  if (problems.length > 0) throw new ConfigError(problems);
  return { port, host };
}

function readPort(raw: string | undefined, problems: string[]): number {
  if (raw === undefined || raw.trim() === '') return 4000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    problems.push(`PORT must be an integer between 1 and 65535, got "${raw}"`);
    return 0;
  }
  return port;
}
