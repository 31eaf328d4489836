// What "Sammanställning" shows for a period: every organisation on the list, received or not,
// and every file read, with what became of it. These are the rules the issue of several
// files, periods and organisations is settled by; the files themselves were read before.
// Pure: the screen, the command line and the compiled document all start from this.
import { periodLabel, previousPeriod, type PeriodOfYear } from '../report/calendar.ts';
import type { FocusAreaNumber } from '../form/vocabulary.ts';
import type { Completeness } from '../report/completeness.ts';
import { organisationName, sameOrganisation } from '../report/organisation.ts';
import { formatDate } from '../report/time-format.ts';
import type { Route } from './compilation.ts';
import type { ContactConflict } from '../coordinator/contact-register.ts';
import type { ReceivedReport } from './received-report.ts';

/** One report read (or not) from one file, or from one attachment of an e-mail. */
export interface ReceivedItem {
  /** Names the item for a hand assignment: the file, and the attachment within it. */
  key: string;
  file: string;
  /** The attachment's name, for an e-mail. */
  part?: string | undefined;
  route: Route;
  /** The file's own time: the receiver's receipt, the e-mail's date, or the file's modification time. */
  fileTime: string;
  fileTimeFrom: 'receipt' | 'email' | 'file';
  /** The receiver's receipt, for a version it stored. */
  receipt?: string | undefined;
  /** Who the receiver took it from (its sender key's organisation), for a version it stored. */
  sender?: string | undefined;
  content: ReceivedContent;
}

/**
 * A report; why none could be read; or, for a version the receiver stored for another period,
 * what its receipt says (the report itself is not read: its folder already says it does not count).
 */
type ReceivedContent = { report: ReceivedReport } | { problem: string } | { elsewhere: { period: PeriodOfYear; committee: string } };

export type ReceivedStatus = 'counted' | 'older' | 'duplicate' | 'other-period' | 'unknown-organisation' | 'unreadable';

export interface ReceivedEntry {
  key: string;
  file: string;
  part?: string | undefined;
  route: Route;
  /** The time the versions are ordered by, ISO. */
  time: string;
  timeFrom: 'report' | 'receipt' | 'email' | 'file';
  /** The receiver's receipt, or the version the report says it sent. */
  version?: string | undefined;
  status: ReceivedStatus;
  /** Why it does not count, in Swedish. */
  reason?: string | undefined;
  /** The organisation it counts for, as the list names it. */
  organisation?: string | undefined;
  /** "Nämnd" as the report wrote it. */
  committee?: string | undefined;
  period?: PeriodOfYear | undefined;
  /** The coordinator assigned it to its organisation by hand. */
  assigned: boolean;
  /** Something the coordinator should know of it though it counts, in Swedish (a time in the future). */
  note?: string | undefined;
}

interface FindingCounts {
  blocksSending: number;
  fix: number;
  warning: number;
}

export interface OrganisationStatus {
  name: string;
  /** Added to the list by the coordinator. */
  added: boolean;
  /** The version that counts, when one was received. */
  counted?:
    | {
        key: string;
        file: string;
        route: Route;
        time: string;
        timeFrom: ReceivedEntry['timeFrom'];
        /** When the receiver received it, for a version the receiver stored. */
        receivedAt?: string | undefined;
        version?: string | undefined;
        assigned: boolean;
        /** Set when the file was assigned by hand but could not be read: received, without answers. */
        unreadable?: string | undefined;
        findings: FindingCounts;
        completeness?: Completeness | undefined;
        focusAreas: FocusAreaNumber[];
        note?: string | undefined;
        /** Days after the period's last day that it arrived (by the receiver's time where there is one). */
        lateDays?: number | undefined;
      }
    | undefined;
  /** Other files from the same organisation for the period: older versions and copies. */
  otherVersions: number;
}

export interface CompilationScan {
  period: PeriodOfYear;
  /** "Sista dag" for the period (YYYY-MM-DD), where the coordinator has set it. */
  deadline?: string | undefined;
  /** Reports naming another contact than the register's: the coordinator chooses. */
  contactConflicts: ContactConflict[];
  organisations: OrganisationStatus[];
  entries: ReceivedEntry[];
  otherFiles: number;
  folderProblems: { folder: string; problem: string }[];
}

export interface ScanRules {
  period: PeriodOfYear;
  /** The list, in its order; `added` marks the coordinator's own additions. */
  organisations: readonly { name: string; added: boolean }[];
  /** Item key -> organisation name, chosen by hand. */
  assignments: ReadonlyMap<string, string>;
  /** Now, to tell a report time that lies in the future (a laptop's clock set wrong). */
  now: Date;
  /** The period's last day for sending (YYYY-MM-DD), to say who was late. */
  deadline?: string | undefined;
}

/** The scan, and the report that counts for each organisation that sent one. */
export interface ScanOutcome {
  scan: CompilationScan;
  countedReports: Map<string, { item: ReceivedItem; report: ReceivedReport }>;
  /** By organisation: its newest report of the period before, where one is among the sources. */
  previousReports: Map<string, ReceivedReport>;
}

const ROUTE_RANK: Record<Route, number> = { inlamning: 0, 'e-post': 1, fil: 2 };

function samePeriod(a: PeriodOfYear, b: PeriodOfYear): boolean {
  return a.period === b.period && a.year === b.year;
}

function otherPeriodReason(report: ReceivedReport, chosen: PeriodOfYear): string {
  if (report.periodEvidence === 'year-only') {
    return `Formuläret gäller budgetår ${report.year}, inte ${chosen.year} (perioden står inte i det).`;
  }
  return `Rapporten gäller ${periodLabel(report)}, inte ${periodLabel(chosen)}.`;
}

function versionOf(item: ReceivedItem, report: ReceivedReport | undefined): string | undefined {
  if (item.receipt !== undefined) return item.receipt;
  const last = report?.lastSubmission;
  if (last === undefined) return undefined;
  return last.receipt === undefined ? `version ${last.version}` : `version ${last.version} (${last.receipt})`;
}

function countFindings(report: ReceivedReport): FindingCounts {
  const counts: FindingCounts = { blocksSending: 0, fix: 0, warning: 0 };
  for (const finding of report.findings) {
    if (finding.severity === 'blocks-sending') counts.blocksSending += 1;
    else if (finding.severity === 'fix') counts.fix += 1;
    else counts.warning += 1;
  }
  return counts;
}

function describedFile(entry: { file: string; part?: string | undefined }): string {
  return entry.part === undefined ? entry.file : `${entry.part} i ${entry.file}`;
}

/** The list's name for a committee as written, or undefined when it is not on the list. */
function organisationOf(committee: string, organisations: ScanRules['organisations']): string | undefined {
  return organisations.find((organisation) => sameOrganisation(organisation.name, committee))?.name;
}

/** A report's own time this far past the scan's is no mistake of seconds: the laptop's clock was wrong. */
const CLOCK_SLACK_MS = 10 * 60_000;

const FUTURE_TIME_NOTE =
  'Rapporten är sparad med en tid i framtiden (avsändarens klocka gick fel), så versionernas ordning kan vara fel. Kontrollera att den här är den senaste.';

function baseEntry(item: ReceivedItem, now: Date): ReceivedEntry {
  const report = 'report' in item.content ? item.content.report : undefined;
  const elsewhere = 'elsewhere' in item.content ? item.content.elsewhere : undefined;
  const savedAt = report?.savedAt;
  return {
    key: item.key,
    file: item.file,
    part: item.part,
    route: item.route,
    time: savedAt ?? item.fileTime,
    timeFrom: savedAt === undefined ? item.fileTimeFrom : 'report',
    version: versionOf(item, report),
    status: 'unreadable',
    committee: report?.committee ?? elsewhere?.committee,
    period: report === undefined ? elsewhere?.period : { period: report.period, year: report.year },
    assigned: false,
    note: savedAt !== undefined && instant(savedAt) > now.getTime() + CLOCK_SLACK_MS ? FUTURE_TIME_NOTE : undefined,
  };
}

/** Whole days from the last day to the day it arrived, in Stockholm; undefined when on time or no day was set. */
function daysLate(arrived: string, deadline: string | undefined): number | undefined {
  if (deadline === undefined) return undefined;
  const day = formatDate(arrived);
  const [late, last] = [day, deadline].map((date) => Date.parse(`${date}T00:00:00Z`));
  if (late === undefined || last === undefined || Number.isNaN(late) || Number.isNaN(last) || late <= last) return undefined;
  return Math.round((late - last) / 86_400_000);
}

function instant(iso: string): number {
  return Date.parse(iso) || 0;
}

interface Member {
  entry: ReceivedEntry;
  item: ReceivedItem;
  report: ReceivedReport;
}

/** The receiver's own counter in a receipt ("2026-T2-000042" → 42). */
function receiptNumber(receipt: string): number {
  return Number(/-(\d+)$/.exec(receipt)?.[1] ?? Number.NaN);
}

/**
 * Newest first. Two versions the receiver stored are ordered by its receipts (its own clock
 * and counter), never by the laptops' clocks; otherwise by the report's own time, then the
 * file's own time (an e-mail's date, a file's modification), then the receiver's copy, then
 * by file name, so the order never depends on reading order.
 */
function newestFirst(a: Member, b: Member): number {
  const receipts = a.item.receipt !== undefined && b.item.receipt !== undefined ? receiptNumber(b.item.receipt) - receiptNumber(a.item.receipt) : 0;
  return (
    (Number.isNaN(receipts) ? 0 : receipts) ||
    instant(b.entry.time) - instant(a.entry.time) ||
    instant(b.item.fileTime) - instant(a.item.fileTime) ||
    ROUTE_RANK[a.entry.route] - ROUTE_RANK[b.entry.route] ||
    a.entry.key.localeCompare(b.entry.key)
  );
}

/** Of copies of one version, the one to count: the receiver's (it has a receipt), then e-mail, then the newest. */
function bestCopy(a: Member, b: Member): number {
  return ROUTE_RANK[a.entry.route] - ROUTE_RANK[b.entry.route] || newestFirst(a, b);
}

/** The versions of one organisation settled: copies named as such, the latest counted, the others older. */
function settleVersions(group: Member[]): Member | undefined {
  const byContent = new Map<string, Member[]>();
  for (const member of group) byContent.set(member.report.contentHash, [...(byContent.get(member.report.contentHash) ?? []), member]);
  const versions: Member[] = [];
  for (const copies of byContent.values()) {
    const [kept, ...others] = copies.sort(bestCopy);
    if (kept === undefined) continue;
    versions.push(kept);
    for (const copy of others) Object.assign(copy.entry, { status: 'duplicate', reason: `Samma innehåll som ${describedFile(kept.entry)}.` });
  }
  const [latest, ...older] = versions.sort(newestFirst);
  if (latest === undefined) return undefined;
  latest.entry.status = 'counted';
  for (const version of older) {
    const reason =
      instant(version.entry.time) === instant(latest.entry.time)
        ? `Sparad vid samma tid som ${describedFile(latest.entry)}, men innehållet skiljer sig. Den filen räknas, inte den här. Kontrollera vilken som är rätt.`
        : `En senare version räknas: ${describedFile(latest.entry)}.`;
    Object.assign(version.entry, { status: 'older', reason });
  }
  return latest;
}

/** Keeps an organisation's newest report of the period before, to compare its report with. */
function notePrevious(
  previous: Map<string, { time: string; report: ReceivedReport }>,
  organisation: string | undefined,
  time: string,
  report: ReceivedReport,
): void {
  if (organisation === undefined) return;
  const known = previous.get(organisation);
  if (known === undefined || instant(time) > instant(known.time)) previous.set(organisation, { time, report });
}

export function settleScan(
  items: readonly ReceivedItem[],
  rules: ScanRules,
  found: { otherFiles: number; folderProblems: { folder: string; problem: string }[] },
): ScanOutcome {
  const entries: ReceivedEntry[] = [];
  const byOrganisation = new Map<string, Member[]>();
  const unreadableAssigned = new Map<string, ReceivedEntry>();
  const listed = new Set(rules.organisations.map((organisation) => organisation.name));
  const previous = new Map<string, { time: string; report: ReceivedReport }>();

  for (const item of items) {
    const entry = baseEntry(item, rules.now);
    entries.push(entry);
    const assignedTo = rules.assignments.get(item.key);
    const assigned = assignedTo !== undefined && listed.has(assignedTo) ? assignedTo : undefined;
    if ('problem' in item.content) {
      entry.reason = item.content.problem;
      if (assigned !== undefined) {
        Object.assign(entry, { organisation: assigned, assigned: true });
        if (!unreadableAssigned.has(assigned)) unreadableAssigned.set(assigned, entry);
      }
      continue;
    }
    if ('elsewhere' in item.content) {
      Object.assign(entry, {
        status: 'other-period',
        reason: `Inlämningen gäller ${periodLabel(item.content.elsewhere.period)}, inte ${periodLabel(rules.period)}.`,
      });
      continue;
    }
    const report = item.content.report;
    if (!samePeriod(report, rules.period)) {
      Object.assign(entry, { status: 'other-period', reason: otherPeriodReason(report, rules.period) });
      if (samePeriod(report, previousPeriod(rules.period)))
        notePrevious(previous, assigned ?? organisationOf(item.sender ?? report.committee, rules.organisations), entry.time, report);
      continue;
    }
    const organisation = assigned ?? organisationOf(item.sender ?? report.committee, rules.organisations);
    if (organisation === undefined) {
      const committee = organisationName(report.committee);
      Object.assign(entry, {
        status: 'unknown-organisation',
        reason: committee === '' ? 'Fältet Nämnd är tomt i rapporten.' : `"${committee}" finns inte i listan över nämnder och bolag.`,
      });
      continue;
    }
    Object.assign(entry, { organisation, assigned: assigned !== undefined });
    const group = byOrganisation.get(organisation) ?? [];
    group.push({ entry, item, report });
    byOrganisation.set(organisation, group);
  }

  const countedReports: ScanOutcome['countedReports'] = new Map();
  for (const [organisation, group] of byOrganisation) {
    const latest = settleVersions(group);
    if (latest !== undefined) countedReports.set(organisation, { item: latest.item, report: latest.report });
  }

  const organisations = rules.organisations.map(({ name, added }): OrganisationStatus => {
    const group = byOrganisation.get(name) ?? [];
    const counted = countedReports.get(name);
    const countedEntry = group.find((member) => member.entry.status === 'counted')?.entry;
    if (counted !== undefined && countedEntry !== undefined) {
      return {
        name,
        added,
        counted: {
          key: countedEntry.key,
          file: describedFile(countedEntry),
          route: countedEntry.route,
          time: countedEntry.time,
          timeFrom: countedEntry.timeFrom,
          receivedAt: counted.item.fileTimeFrom === 'receipt' ? counted.item.fileTime : undefined,
          version: countedEntry.version,
          assigned: countedEntry.assigned,
          findings: countFindings(counted.report),
          completeness: counted.report.completeness,
          focusAreas: counted.report.focusAreas.map((area) => area.number),
          note: countedEntry.note,
          lateDays: daysLate(counted.item.fileTimeFrom === 'receipt' ? counted.item.fileTime : countedEntry.time, rules.deadline),
        },
        otherVersions: group.length - 1,
      };
    }
    const unreadable = unreadableAssigned.get(name);
    if (unreadable !== undefined) {
      return {
        name,
        added,
        counted: {
          key: unreadable.key,
          file: describedFile(unreadable),
          route: unreadable.route,
          time: unreadable.time,
          timeFrom: unreadable.timeFrom,
          assigned: true,
          unreadable: unreadable.reason,
          findings: { blocksSending: 0, fix: 0, warning: 0 },
          focusAreas: [],
        },
        otherVersions: 0,
      };
    }
    return { name, added, otherVersions: 0 };
  });

  const previousReports = new Map([...previous].map(([organisation, { report }]) => [organisation, report]));
  return { scan: { period: rules.period, deadline: rules.deadline, contactConflicts: [], organisations, entries, ...found }, countedReports, previousReports };
}
