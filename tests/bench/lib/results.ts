import { writeFileSync } from 'node:fs';

/** One figure; `baseline` names the result it is compared with, `ratio` is value / that result's value. */
export interface Result {
  name: string;
  value: number;
  unit: string;
  baseline?: string;
  ratio?: number;
}

export class Results {
  readonly all: Result[] = [];

  add(name: string, value: number, unit: string): Result {
    const result: Result = { name, value: round(value), unit };
    this.all.push(result);
    return result;
  }

  /** Adds a figure compared with an earlier one of the same unit. */
  compare(name: string, value: number, unit: string, baseline: Result): Result {
    const result = this.add(name, value, unit);
    result.baseline = baseline.name;
    result.ratio = round(value / baseline.value);
    return result;
  }

  table(): string {
    const rows = this.all.map((r) => [r.name, `${r.value} ${r.unit}`, r.baseline ?? '', r.ratio === undefined ? '' : `${r.ratio}x`]);
    const header = ['measure', 'value', 'baseline', 'ratio'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
    const line = (cells: string[]) => cells.map((cell, i) => (i === 1 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ');
    return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
  }

  write(path: string): void {
    writeFileSync(path, `${JSON.stringify(this.all, null, 2)}\n`);
  }
}

/** Three significant digits are all a benchmark can honestly claim. */
function round(value: number): number {
  return Number(value.toPrecision(3));
}
