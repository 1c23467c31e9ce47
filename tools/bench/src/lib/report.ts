import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

/** A goal from the quality bars next to what was measured. Goals are reported, never asserted. */
export interface GoalCheck {
  readonly goal: string;
  readonly measured: string;
  readonly pass: boolean;
}

/** Where and with what the numbers were taken. */
export interface MachineInfo {
  readonly cpus: number;
  readonly cpuModel: string;
  readonly node: string;
  readonly platform: string;
  readonly date: string;
}

/** The machine this process runs on. */
export function readMachineInfo(): MachineInfo {
  const all = cpus();
  return {
    cpus: all.length,
    cpuModel: all[0]?.model.trim() ?? 'unknown',
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    date: new Date().toISOString(),
  };
}

/** Prints rows under headers as a Markdown table, so a run's output can be pasted into the docs. */
export function printTable(title: string, headers: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(`\n### ${title}\n`);
  console.log(line(headers));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

/** Prints goal checks as a table with PASS / MISS. */
export function printGoals(title: string, goals: readonly GoalCheck[]): void {
  printTable(title, ['goal', 'measured', 'verdict'], goals.map((g) => [g.goal, g.measured, g.pass ? 'PASS' : 'MISS']));
}

/** Writes `tools/bench/results/<name>.json`, the machine-readable record of a run. */
export function writeResults(name: string, data: unknown): string {
  const dir = join(__dirname, '..', '..', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  return file;
}

/** A rate such as 1,234,567/s, rounded to three significant figures. */
export function formatRate(perSecond: number): string {
  return `${formatNumber(perSecond)}/s`;
}

/** A number with thousands separators and three significant figures. */
export function formatNumber(value: number): string {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  const rounded = Number(value.toPrecision(3));
  return rounded.toLocaleString('en-US', { maximumFractionDigits: digits });
}

/** A ratio such as 12.3×. */
export function formatRatio(ratio: number): string {
  return `${formatNumber(ratio)}×`;
}

/** Reports that contenders disagree and ends the run with a failure: timing them would be meaningless. */
export function failDisagreement(benchmark: string, details: string): never {
  console.error(`\n${benchmark}: the contenders DISAGREE, so nothing was timed.\n${details}`);
  process.exit(1);
}
