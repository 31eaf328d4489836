import type { PeriodId } from '../../src-main/form/vocabulary.ts';
import { text } from './strings.ts';

/** How a report is named in buttons and headings: "Kulturnämnden: kulturförvaltningen T2 2022", and a copy's name after it. */
export function describeReport(report: { committee: string; period: PeriodId; year: number; copyName?: string | undefined }): string {
  const committee = report.committee.trim() || text.noCommittee;
  const name = `${committee} ${report.period} ${report.year}`;
  return report.copyName ? `${name} (${report.copyName})` : name;
}
