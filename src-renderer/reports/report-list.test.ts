import { afterEach, describe, expect, test } from 'vitest';
import { api } from '../shared/api.ts';
import { copies } from '../shared/copies.svelte.ts';
import { navigation } from '../shared/navigation.svelte.ts';
import { notices } from '../shared/notices.svelte.ts';
import { openButtonId } from '../shared/field-ids.ts';
import { shownOrder } from './report-order.ts';
import { reportList } from './report-list.svelte.ts';

afterEach(() => {
  notices.items = [];
  copies.close();
});

describe('Mina rapporter', () => {
  test('lists the reports on disk; "Ta bort" moves one to the trash and "Återställ" brings it back', async () => {
    const report = await api['reports:create']({ committee: 'Idrottsnämnden: idrottsförvaltningen', period: 'T1', year: 2026 });
    await reportList.load();
    expect(reportList.loaded).toBe(true);
    expect(reportList.reports.map((summary) => summary.id)).toContain(report.id);

    await reportList.moveToTrash(report.id);
    expect(reportList.reports.map((summary) => summary.id)).not.toContain(report.id);
    expect(reportList.trash.map((summary) => summary.id)).toContain(report.id);
    expect(notices.items.map((notice) => notice.message)).toContain('Rapporten flyttades till papperskorgen.');

    await reportList.restore(report.id);
    expect(reportList.reports.map((summary) => summary.id)).toContain(report.id);
    expect(reportList.trash).toEqual([]);
  });

  test('"Starta … från denna" opens next period\'s report; a second time asks instead of making another', async () => {
    const source = await api['reports:create']({ committee: 'Miljö- och hälsoskyddsnämnden: miljöförvaltningen', period: 'T2', year: 2026 });
    await reportList.load();
    await reportList.carryOver(source.id);
    const opened = navigation.screen;
    expect(opened.name).toBe('editor');
    const next = await api['reports:open']({ id: opened.name === 'editor' ? opened.reportId : '' });
    expect([next.report.period, next.report.year]).toEqual(['VB', 2026]);

    await reportList.load();
    await reportList.carryOver(source.id);
    expect(copies.request?.existingId).toBe(next.report.id);
  });

  test('"Ta bort" moves the focus to the next row as the list shows it, not as the files are listed', async () => {
    for (const committee of ['Östermalms stadsdelsnämnd', 'Bromma stadsdelsnämnd', 'Arbetsmarknadsnämnden: arbetsmarknadsförvaltningen']) {
      await api['reports:create']({ committee, period: 'T2', year: 2025 });
    }
    await reportList.load();
    const shown = shownOrder(reportList.reports);
    const listed = reportList.reports;
    // A row whose neighbour on screen is not its neighbour in the files' order: only there do the two differ.
    const at = shown.findIndex((report, index) => index + 1 < shown.length && listed[listed.indexOf(report) + 1]?.id !== shown[index + 1]?.id);
    expect(at).toBeGreaterThanOrEqual(0);
    document.body.innerHTML = shown.map((report) => `<button id="${openButtonId(report.id)}"></button>`).join('');
    await reportList.moveToTrash(shown[at]?.id ?? '');
    await new Promise((done) => requestAnimationFrame(done));
    expect(document.activeElement?.id).toBe(openButtonId(shown[at + 1]?.id ?? ''));
    document.body.innerHTML = '';
  });

  test('a failure to trash is told in a notice, and the list is read again', async () => {
    await reportList.load();
    const madeElsewhere = await api['reports:create']({ committee: 'Servicenämnden: serviceförvaltningen', period: 'T1', year: 2026 });
    expect(reportList.reports.map((summary) => summary.id)).not.toContain(madeElsewhere.id);
    await reportList.moveToTrash(crypto.randomUUID());
    expect(notices.items.map((notice) => notice.kind)).toEqual(['error']);
    expect(reportList.reports.map((summary) => summary.id)).toContain(madeElsewhere.id);
  });
});
