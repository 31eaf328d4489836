// The name a new Word file is offered under, e.g.
// "Uppföljningsrapport näringsliv – Kulturnämnden – T2 2022.docx": safe on Windows.
import type { PeriodOfYear } from '../report/calendar.ts';
import { organisationName } from '../report/organisation.ts';

/** What a file is named after: the committee and the period. */
export interface NamedReport extends PeriodOfYear {
  header: { committee: string };
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what Windows forbids in names
const NOT_ALLOWED_IN_FILE_NAMES = /[<>:"/\\|?*\u0000-\u001f]/g;

function baseName(report: NamedReport): string {
  const committee = organisationName(report.header.committee).replace(NOT_ALLOWED_IN_FILE_NAMES, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  const parts = ['Uppföljningsrapport näringsliv', committee, `${report.period} ${report.year}`].filter((part) => part !== '');
  return parts.join(' – ').replace(/[. ]+$/, '');
}

export function suggestedDocxName(report: NamedReport): string {
  return `${baseName(report)}.docx`;
}

/** A draft moved between laptops: the same name, as a report file. */
export function suggestedDraftName(report: NamedReport): string {
  return `${baseName(report)} (utkast).json`;
}

/** Adds the extension (".docx", ".json") when the user typed a name without it. */
export function withExtension(path: string, extension: string): string {
  return path.toLowerCase().endsWith(extension) ? path : `${path}${extension}`;
}
