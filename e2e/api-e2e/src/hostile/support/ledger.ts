import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Judgement, Verdict } from './verdict';

// A run against PostgreSQL (HOSTILE_DATABASE=postgres) reports apart from the default SQLite run.
const SUFFIX = process.env['HOSTILE_DATABASE'] === 'postgres' ? '.postgres' : '';

/**
 * Where the counts go. e2e/**\/reports/ is not git-ignored, so the report lives outside the
 * checkout; each suite file merges its categories in and prints the whole table.
 */
export const REPORT_FILE = join(tmpdir(), `handoff-hostile-inputs${SUFFIX}.json`);
/** Every case with its verdict and reason, by category. */
export const CASES_FILE = join(tmpdir(), `handoff-hostile-inputs${SUFFIX}.cases.json`);

/** One case tried. */
export interface CaseRecord extends Judgement {
  readonly category: string;
  readonly name: string;
  readonly ms?: number;
}

/** Counts of one category. */
export interface CategoryCounts {
  tried: number;
  rejected: number;
  notFound: number;
  accepted: number;
  failed: number;
  leaked: number;
}

interface Report {
  categories: Record<string, CategoryCounts & { file: string; at: string }>;
  problems: Record<string, string[]>;
  timings: Record<string, Record<string, number>>;
}

const COLUMN: Record<Verdict, keyof CategoryCounts> = { rejected: 'rejected', notFound: 'notFound', accepted: 'accepted', failed: 'failed', leaked: 'leaked' };

/** The cases of one suite file, by category. */
export class Ledger {
  readonly records: CaseRecord[] = [];
  readonly timings: Record<string, Record<string, number>> = {};

  constructor(readonly file: string) {}

  add(category: string, name: string, judgement: Judgement, ms?: number): CaseRecord {
    const record = { category, name, ...judgement, ...(ms === undefined ? {} : { ms }) };
    this.records.push(record);
    return record;
  }

  /** A figure worth reporting (never asserted tightly), e.g. how long a 64 KB message took. */
  time(category: string, name: string, ms: number): void {
    (this.timings[category] ??= {})[name] = Math.round(ms * 10) / 10;
  }

  /** Cases whose verdict is not among `allowed`, one readable line each. */
  problems(allowed: readonly Verdict[] = ['rejected', 'notFound', 'accepted']): string[] {
    return this.records.filter((r) => !allowed.includes(r.verdict)).map((r) => `[${r.category}] ${r.name}: ${r.verdict}: ${r.why}`);
  }

  counts(): Record<string, CategoryCounts> {
    const counts: Record<string, CategoryCounts> = {};
    for (const r of this.records) {
      const c = (counts[r.category] ??= { tried: 0, rejected: 0, notFound: 0, accepted: 0, failed: 0, leaked: 0 });
      c.tried += 1;
      c[COLUMN[r.verdict]] += 1;
    }
    return counts;
  }

  /** Merges this file's categories into REPORT_FILE and prints the whole table. */
  save(): void {
    const report: Report = existsSync(REPORT_FILE) ? (JSON.parse(readFileSync(REPORT_FILE, 'utf8')) as Report) : { categories: {}, problems: {}, timings: {} };
    const at = new Date().toISOString();
    for (const [category, counts] of Object.entries(this.counts())) {
      report.categories[category] = { ...counts, file: this.file, at };
      report.problems[category] = this.problems().filter((p) => p.startsWith(`[${category}]`));
    }
    Object.assign(report.timings, this.timings);
    writeFileSync(REPORT_FILE, `${JSON.stringify(report, null, 2)}\n`);
    const cases = existsSync(CASES_FILE) ? (JSON.parse(readFileSync(CASES_FILE, 'utf8')) as Record<string, unknown[]>) : {};
    for (const category of Object.keys(this.counts())) {
      cases[category] = this.records.filter((r) => r.category === category).map(({ name, verdict, why }) => ({ name, verdict, why: why.slice(0, 300) }));
    }
    writeFileSync(CASES_FILE, `${JSON.stringify(cases, null, 1)}\n`);
    process.stdout.write(`\n${formatTable(report)}\n(${REPORT_FILE})\n`);
  }
}

/** The report as a Markdown table, categories in the order they were first written. */
export function formatTable(report: Pick<Report, 'categories'>): string {
  const head = '| category | tried | rejected (coded) | not found (null/empty) | accepted (data / at bound) | failed | leaked |';
  const rows = Object.entries(report.categories).map(
    ([name, c]) => `| ${name} | ${c.tried} | ${c.rejected} | ${c.notFound} | ${c.accepted} | ${c.failed} | ${c.leaked} |`,
  );
  const total = Object.values(report.categories).reduce(
    (t, c) => ({ tried: t.tried + c.tried, rejected: t.rejected + c.rejected, notFound: t.notFound + c.notFound, accepted: t.accepted + c.accepted, failed: t.failed + c.failed, leaked: t.leaked + c.leaked }),
    { tried: 0, rejected: 0, notFound: 0, accepted: 0, failed: 0, leaked: 0 },
  );
  const sum = `| **total** | ${total.tried} | ${total.rejected} | ${total.notFound} | ${total.accepted} | ${total.failed} | ${total.leaked} |`;
  return [head, '|---|---:|---:|---:|---:|---:|---:|', ...rows, sum].join('\n');
}
