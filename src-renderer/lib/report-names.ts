import type { PeriodId } from '../../src-main/report/form-definition.ts';
import { text } from './strings.ts';

/** How a report is named in buttons and headings: "Kulturnämnden: kulturförvaltningen T2 2022". */
export function describeReport(report: { committee: string; period: PeriodId; year: number }): string {
  const committee = report.committee.trim() || text.noCommittee;
  return `${committee} ${report.period} ${report.year}`;
}
