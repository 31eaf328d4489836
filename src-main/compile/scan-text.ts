// The scan as the command line prints it: who has sent and what, who has not, and every file
// that did not count with its reason. Pure.
import { periodLabel } from '../report/calendar.ts';
import { formatDateTime } from '../report/time-format.ts';
import type { CompilationScan, OrganisationStatus, ReceivedStatus } from './compilation-scan.ts';
import type { Route } from './compilation.ts';

const ROUTE_NAMES: Record<Route, string> = { inlamning: 'inlämning', 'e-post': 'e-post', fil: 'fil' };

const STATUS_NAMES: Record<ReceivedStatus, string> = {
  counted: 'räknas',
  older: 'äldre version',
  duplicate: 'kopia',
  'other-period': 'annan period',
  'unknown-organisation': 'okänd organisation',
  unreadable: 'kunde inte läsas',
};

function row(organisation: OrganisationStatus): string[] {
  const counted = organisation.counted;
  if (counted === undefined) return [organisation.name, 'har inte skickat', '', '', '', ''];
  if (counted.unreadable !== undefined)
    return [organisation.name, formatDateTime(counted.time), counted.version ?? '', ROUTE_NAMES[counted.route], 'kunde inte läsas', ''];
  const toFix = counted.findings.blocksSending + counted.findings.fix;
  return [
    organisation.name,
    formatDateTime(counted.time),
    counted.version ?? '',
    ROUTE_NAMES[counted.route],
    counted.focusAreas.join(' ') || 'inga',
    toFix === 0 ? '–' : String(toFix),
  ];
}

/** A name from a received file, safe to print: no control characters or direction overrides to forge lines in a terminal. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach the terminal
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '?');
}

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((cells) => (cells[column] ?? '').length))) ?? [];
  return rows.map((cells) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}

export function scanAsText(scan: CompilationScan): string[] {
  const received = scan.organisations.filter((organisation) => organisation.counted !== undefined).length;
  const missing = scan.organisations.filter((organisation) => organisation.counted === undefined).map((organisation) => organisation.name);
  const lines = [`Sammanställning ${periodLabel(scan.period)}: ${received} av ${scan.organisations.length} har skickat.`, ''];
  lines.push(...table([['Organisation', 'Inkommen', 'Version', 'Väg', 'Fokusområden', 'Att åtgärda'], ...scan.organisations.map(row)]));
  lines.push('', missing.length === 0 ? 'Alla har skickat.' : `Har inte skickat (${missing.length}): ${missing.join(', ')}.`);
  const noted = scan.organisations.filter((organisation) => organisation.counted?.note !== undefined);
  if (noted.length > 0) {
    lines.push('', 'Att kontrollera:');
    for (const organisation of noted) lines.push(printable(`  ${organisation.name}: ${organisation.counted?.note ?? ''}`));
  }
  const skipped = scan.entries.filter((entry) => entry.status !== 'counted');
  if (skipped.length > 0) {
    lines.push('', `Filer som inte räknas (${skipped.length}):`);
    for (const entry of skipped) {
      const name = entry.part === undefined ? entry.file : `${entry.part} i ${entry.file}`;
      lines.push(printable(`  ${name}: ${STATUS_NAMES[entry.status]}. ${entry.reason ?? ''}`.trimEnd()));
    }
  }
  if (scan.otherFiles > 0) {
    lines.push(
      '',
      `${scan.otherFiles.toLocaleString('sv-SE')} andra filer lästes inte (bara vanliga .docx-, .json- och .eml-filer läses, inte länkar eller Words låsfiler).`,
    );
  }
  for (const { problem } of scan.folderProblems) lines.push('', printable(problem));
  return lines;
}
