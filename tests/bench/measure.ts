// Small statistics helpers for the bench.
export function percentile(samples: number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function median(samples: number[]): number {
  return percentile(samples, 0.5);
}

export interface BenchRow {
  measure: string;
  median: string;
  tail: string;
  target: string;
  ok: boolean;
}

export function printTable(rows: BenchRow[]): void {
  const header = ['measure', 'median', 'p95/p99', 'target', 'ok'];
  const cells = rows.map((row) => [row.measure, row.median, row.tail, row.target, row.ok ? 'yes' : 'NO']);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column]?.length ?? 0)));
  const line = (values: string[]): string => `| ${values.map((value, column) => value.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const cell of cells) console.log(line(cell));
}

export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}
