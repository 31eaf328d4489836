// The rules that settle what counts in a compilation: the latest version of each organisation,
// copies told apart from versions, other periods and unknown organisations left out with
// their reason, and a hand assignment for what the app could not place.
import { describe, expect, test } from 'vitest';
import { settleScan, type ReceivedItem, type ScanRules } from '../../src-main/compile/compilation-scan.ts';
import { organisationList } from '../../src-main/coordinator/organisation-list.ts';
import { receivedReport as received, type PeriodEvidence } from '../../src-main/compile/received-report.ts';
import type { Route } from '../../src-main/compile/compilation.ts';
import type { Report } from '../../src-main/report/model.ts';
import { receivedReport } from '../support/received-folders.ts';

const T2 = { period: 'T2', year: 2026 } as const;
const KULTUR = 5; // Kulturnämnden's place in the city's list.

function rules(overrides: Partial<ScanRules> = {}): ScanRules {
  return { period: T2, organisations: organisationList([]), assignments: new Map(), now: new Date('2026-10-01T08:00:00Z'), ...overrides };
}

function item(
  key: string,
  report: Report | string,
  options: { route?: Route; fileTime?: string; savedAt?: string | null; evidence?: PeriodEvidence; receipt?: string } = {},
): ReceivedItem {
  const content =
    typeof report === 'string'
      ? { problem: report }
      : { report: received(report, options.evidence ?? 'stated', options.savedAt === null ? undefined : (options.savedAt ?? report.updatedAt)) };
  return {
    key,
    file: key,
    route: options.route ?? 'fil',
    fileTime: options.fileTime ?? '2026-09-30T12:00:00.000Z',
    fileTimeFrom: 'file',
    receipt: options.receipt,
    content,
  };
}

const found = { otherFiles: 0, folderProblems: [] };

function statusOf(outcome: ReturnType<typeof settleScan>, key: string) {
  return outcome.scan.entries.find((entry) => entry.key === key);
}

describe('clocks that were wrong', () => {
  test("two versions the receiver stored: its receipts decide, not the laptops' clocks", () => {
    // The first was saved on a laptop whose clock ran a year ahead; the second, sent later, on a right one.
    const first = receivedReport(KULTUR, T2, { savedAt: '2027-09-20T08:00:00.000Z' });
    const second = { ...receivedReport(KULTUR, T2, { savedAt: '2026-09-22T08:00:00.000Z' }), otherInformation: 'Rättad.' };
    const outcome = settleScan(
      [
        { ...item('000007', first, { route: 'inlamning', receipt: '2026-T2-000007' }), fileTimeFrom: 'receipt' },
        { ...item('000012', second, { route: 'inlamning', receipt: '2026-T2-000012' }), fileTimeFrom: 'receipt' },
      ],
      rules(),
      found,
    );
    expect(statusOf(outcome, '000012')?.status).toBe('counted');
    expect(statusOf(outcome, '000007')).toMatchObject({ status: 'older', reason: 'En senare version räknas: 000012.' });
    expect(outcome.countedReports.get('Kulturnämnden')?.report.otherInformation).toBe('Rättad.');
  });

  test('a report time in the future is pointed out to the coordinator, on the version that counts', () => {
    const ahead = receivedReport(KULTUR, T2, { savedAt: '2027-09-20T08:00:00.000Z' });
    const outcome = settleScan([item('fram.json', ahead)], rules(), found);
    const row = outcome.scan.organisations.find((organisation) => organisation.name === 'Kulturnämnden');
    expect(row?.counted?.note).toMatch(/^Rapporten är sparad med en tid i framtiden \(avsändarens klocka gick fel\)/);
    const onTime = settleScan([item('i-tid.json', receivedReport(KULTUR, T2, { savedAt: '2026-09-30T08:00:00.000Z' }))], rules(), found);
    expect(onTime.scan.organisations.find((organisation) => organisation.name === 'Kulturnämnden')?.counted?.note).toBeUndefined();
  });
});

describe('which version counts', () => {
  test('the latest by the report’s own saved time, whatever order the files were read in', () => {
    const early = receivedReport(KULTUR, T2, { savedAt: '2026-09-01T08:00:00.000Z' });
    const late = { ...receivedReport(KULTUR, T2, { savedAt: '2026-09-10T08:00:00.000Z' }), otherInformation: 'Rättad.' };
    for (const order of [
      [item('sen.json', late), item('tidig.json', early)],
      [item('tidig.json', early), item('sen.json', late)],
    ]) {
      const outcome = settleScan(order, rules(), found);
      expect(statusOf(outcome, 'sen.json')?.status).toBe('counted');
      expect(statusOf(outcome, 'tidig.json')).toMatchObject({ status: 'older', reason: 'En senare version räknas: sen.json.' });
      expect(outcome.countedReports.get('Kulturnämnden')?.report.otherInformation).toBe('Rättad.');
      const row = outcome.scan.organisations.find((organisation) => organisation.name === 'Kulturnämnden');
      expect(row).toMatchObject({ counted: { key: 'sen.json' }, otherVersions: 1 });
    }
  });

  test('the file’s time where the file does not carry a saved time', () => {
    const a = { ...receivedReport(KULTUR, T2), otherInformation: 'Första.' };
    const b = { ...receivedReport(KULTUR, T2), otherInformation: 'Andra.' };
    const outcome = settleScan(
      [item('a.docx', a, { savedAt: null, fileTime: '2026-09-20T08:00:00.000Z' }), item('b.docx', b, { savedAt: null, fileTime: '2026-09-21T08:00:00.000Z' })],
      rules(),
      found,
    );
    expect(statusOf(outcome, 'b.docx')).toMatchObject({ status: 'counted', timeFrom: 'file' });
    expect(statusOf(outcome, 'a.docx')?.status).toBe('older');
  });

  test('the same content twice is one version: the receiver’s copy counts, the other is named a copy', () => {
    const report = receivedReport(KULTUR, T2);
    const outcome = settleScan(
      [item('e-post/rapport.docx', report, { route: 'e-post' }), item('mottagare/000001', report, { route: 'inlamning', receipt: '2026-T2-000001' })],
      rules(),
      found,
    );
    expect(statusOf(outcome, 'mottagare/000001')).toMatchObject({ status: 'counted', version: '2026-T2-000001' });
    expect(statusOf(outcome, 'e-post/rapport.docx')).toMatchObject({ status: 'duplicate', reason: 'Samma innehåll som mottagare/000001.' });
    expect(outcome.scan.organisations.find((organisation) => organisation.name === 'Kulturnämnden')?.otherVersions).toBe(1);
  });
});

describe('what is left out, and why', () => {
  test('a report for another period or budget year', () => {
    const t1 = receivedReport(KULTUR, { period: 'T1', year: 2026 });
    const form2025 = receivedReport(KULTUR, { period: 'T2', year: 2025 });
    const outcome = settleScan([item('t1.json', t1), item('mall-2025.docx', form2025, { evidence: 'year-only' })], rules(), found);
    expect(statusOf(outcome, 't1.json')).toMatchObject({ status: 'other-period', reason: 'Rapporten gäller T1 2026, inte T2 2026.' });
    expect(statusOf(outcome, 'mall-2025.docx')).toMatchObject({
      status: 'other-period',
      reason: 'Formuläret gäller budgetår 2025, inte 2026 (perioden står inte i det).',
    });
    expect(outcome.scan.organisations.find((organisation) => organisation.name === 'Kulturnämnden')?.counted).toBeUndefined();
  });

  test('an organisation not on the list, or not named at all', () => {
    const unknown = { ...receivedReport(KULTUR, T2), header: { ...receivedReport(KULTUR, T2).header, committee: 'Nämnden för okända ting: kansliet' } };
    const unnamed = { ...receivedReport(KULTUR, T2), header: { ...receivedReport(KULTUR, T2).header, committee: '  ' } };
    const outcome = settleScan([item('okand.json', unknown), item('namnlos.json', unnamed)], rules(), found);
    expect(statusOf(outcome, 'okand.json')).toMatchObject({
      status: 'unknown-organisation',
      reason: '"Nämnden för okända ting" finns inte i listan över nämnder och bolag.',
    });
    expect(statusOf(outcome, 'namnlos.json')).toMatchObject({ status: 'unknown-organisation', reason: 'Fältet Nämnd är tomt i rapporten.' });
  });

  test('a file that could not be read keeps its reason and makes no one received', () => {
    const outcome = settleScan([item('trasig.docx', 'Filen är inte ett Word-dokument (.docx).')], rules(), found);
    expect(statusOf(outcome, 'trasig.docx')).toMatchObject({ status: 'unreadable', reason: 'Filen är inte ett Word-dokument (.docx).' });
    expect(outcome.scan.organisations.every((organisation) => organisation.counted === undefined)).toBe(true);
  });
});

describe('assigned by hand', () => {
  test('a report of an unknown organisation counts for the one it is assigned to', () => {
    const unknown = { ...receivedReport(KULTUR, T2), header: { ...receivedReport(KULTUR, T2).header, committee: 'Kultur' } };
    const outcome = settleScan([item('kultur.json', unknown)], rules({ assignments: new Map([['kultur.json', 'Kulturnämnden']]) }), found);
    expect(statusOf(outcome, 'kultur.json')).toMatchObject({ status: 'counted', organisation: 'Kulturnämnden', assigned: true });
    expect(outcome.countedReports.has('Kulturnämnden')).toBe(true);
  });

  test('an unreadable file makes its organisation received, without answers', () => {
    const outcome = settleScan([item('trasig.docx', 'Skadad.')], rules({ assignments: new Map([['trasig.docx', 'Kulturnämnden']]) }), found);
    const row = outcome.scan.organisations.find((organisation) => organisation.name === 'Kulturnämnden');
    expect(row?.counted).toMatchObject({ key: 'trasig.docx', unreadable: 'Skadad.' });
    expect(outcome.countedReports.has('Kulturnämnden')).toBe(false);
  });

  test('an assignment to a name not on the list is ignored', () => {
    const unknown = { ...receivedReport(KULTUR, T2), header: { ...receivedReport(KULTUR, T2).header, committee: 'Kultur' } };
    const outcome = settleScan([item('kultur.json', unknown)], rules({ assignments: new Map([['kultur.json', 'Påhittade nämnden']]) }), found);
    expect(statusOf(outcome, 'kultur.json')?.status).toBe('unknown-organisation');
  });

  test('an organisation the coordinator added is matched like any other', () => {
    const added = { ...receivedReport(KULTUR, T2), header: { ...receivedReport(KULTUR, T2).header, committee: 'Nya nämnden: nya förvaltningen' } };
    const outcome = settleScan([item('ny.json', added)], rules({ organisations: organisationList(['Nya nämnden']) }), found);
    expect(outcome.scan.organisations.at(-1)).toMatchObject({ name: 'Nya nämnden', added: true, counted: { key: 'ny.json' } });
  });
});

describe('copies and ties', () => {
  test('the receiver’s copy of a version counts even when an e-mailed copy of it is newer', () => {
    const report = receivedReport(KULTUR, T2);
    const outcome = settleScan(
      [
        item('e-post/rapport.eml#1', report, { route: 'e-post', savedAt: '2026-09-10T08:00:00.000Z' }),
        item('mottagare/000001', report, { route: 'inlamning', savedAt: '2026-09-01T08:00:00.000Z', receipt: '2026-T2-000001' }),
      ],
      rules(),
      found,
    );
    expect(statusOf(outcome, 'mottagare/000001')?.status).toBe('counted');
    expect(statusOf(outcome, 'e-post/rapport.eml#1')?.status).toBe('duplicate');
  });

  test('two different reports saved at the same moment: the one whose file is newer counts, and the other says to check', () => {
    const a = { ...receivedReport(KULTUR, T2), otherInformation: 'A.' };
    const b = { ...receivedReport(KULTUR, T2), otherInformation: 'B.' };
    const outcome = settleScan(
      [item('a.json', a, { fileTime: '2026-09-20T08:00:00.000Z' }), item('b.json', b, { fileTime: '2026-09-21T08:00:00.000Z' })],
      rules(),
      found,
    );
    expect(statusOf(outcome, 'b.json')?.status).toBe('counted');
    expect(statusOf(outcome, 'a.json')).toMatchObject({
      status: 'older',
      reason: 'Sparad vid samma tid som b.json, men innehållet skiljer sig. Den filen räknas, inte den här. Kontrollera vilken som är rätt.',
    });
  });

  test('a version the receiver stored counts for the organisation that sent it, whatever its report says', () => {
    const report = receivedReport(KULTUR, T2);
    const stored: ReceivedItem = { ...item('mottagare/000002', report, { route: 'inlamning' }), sender: 'Idrottsnämnden' };
    const outcome = settleScan([stored], rules(), found);
    expect(statusOf(outcome, 'mottagare/000002')).toMatchObject({ status: 'counted', organisation: 'Idrottsnämnden' });
  });
});
