// The order Mina rapporter shows: one group for each organisation, alphabetically; its reports
// newest period first, copies after. Said once, for the table and for where the focus goes
// when a row leaves it.
import { organisationKey, organisationName } from '../../src-main/report/organisation.ts';
import type { ReportSummary } from '../../src-main/report/summary.ts';

const PERIOD_ORDER = { VB: 3, T2: 2, T1: 1 } as const;

export interface ReportGroup {
  key: string;
  /** The organisation's name; empty when the report names none. */
  name: string;
  reports: ReportSummary[];
}

export function groupReports(reports: readonly ReportSummary[]): ReportGroup[] {
  const byOrganisation = new Map<string, ReportGroup>();
  for (const report of reports) {
    const key = organisationKey(report.committee);
    const group = byOrganisation.get(key) ?? { key, name: organisationName(report.committee), reports: [] };
    group.reports.push(report);
    byOrganisation.set(key, group);
  }
  return [...byOrganisation.values()]
    .sort((a, b) => a.key.localeCompare(b.key, 'sv'))
    .map((group) => ({
      ...group,
      reports: group.reports.toSorted(
        (a, b) => b.year - a.year || PERIOD_ORDER[b.period] - PERIOD_ORDER[a.period] || (a.copyName ?? '').localeCompare(b.copyName ?? '', 'sv'),
      ),
    }));
}

/** The reports in the order the list shows them. */
export function shownOrder(reports: readonly ReportSummary[]): ReportSummary[] {
  return groupReports(reports).flatMap((group) => group.reports);
}
