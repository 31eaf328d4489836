// The scan's outcome as the compiled document's content: every organisation on the list, in
// the list's order, with the report that counts for it. Pure.
import type { PeriodOfYear } from '../report/calendar.ts';
import type { Compilation, CompiledReport } from './compilation.ts';
import type { ScanOutcome } from './compilation-scan.ts';
import { changesSince } from './changes-since.ts';

export function toCompilation({ scan, countedReports, previousReports }: ScanOutcome, createdAt: Date): Compilation {
  const period: PeriodOfYear = scan.period;
  return {
    period: period.period,
    year: period.year,
    createdAt: createdAt.toISOString(),
    deadline: scan.deadline,
    organisations: scan.organisations.map((organisation) => {
      const counted = countedReports.get(organisation.name);
      if (counted === undefined) return { name: organisation.name, unreadable: organisation.counted?.unreadable };
      const { item, report } = counted;
      const previous = previousReports.get(organisation.name);
      const compiled: CompiledReport = {
        organisation: organisation.name,
        committee: report.committee,
        period: report.period,
        year: report.year,
        contact: report.contact,
        ...(previous === undefined ? { focusAreas: report.focusAreas } : changesSince(report, previous)),
        otherInformation: report.otherInformation,
        findings: report.findings.filter((finding) => finding.severity !== 'warning'),
        source: {
          route: item.route,
          file: item.part === undefined ? item.file : `${item.part} i ${item.file}`,
          time: organisation.counted?.time ?? item.fileTime,
          version: organisation.counted?.version,
        },
      };
      return { name: organisation.name, report: compiled };
    }),
    unreadFiles: scan.entries
      .filter((entry) => entry.status === 'unreadable' && !entry.assigned)
      .map((entry) => ({ file: entry.part === undefined ? entry.file : `${entry.part} i ${entry.file}`, reason: entry.reason ?? '' })),
  };
}
