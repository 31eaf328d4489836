import { dirname } from 'node:path';
import { describe, expect, test } from 'vitest';
import { api } from '../shared/api.ts';
import { COMPILATION_IDS } from '../shared/field-ids.ts';
import { compilation } from './compilation.svelte.ts';
import { CULTURE_SET_ID } from '../../tests/support/question-sets.ts';

/** The screen's fields, as Compilation.svelte draws them: where "Läs in" sends the focus. */
function drawFields(): void {
  document.body.innerHTML = `<select id="${COMPILATION_IDS.period}"></select><input id="${COMPILATION_IDS.year}"><h2 id="${COMPILATION_IDS.resultHeading}" tabindex="-1"></h2>`;
}

describe('Sammanställning', () => {
  test('nothing is chosen for the coordinator: "Läs in" without a period says why and goes to the period', async () => {
    await compilation.load();
    drawFields();
    expect(compilation.period).toBe('');
    expect(compilation.choice).toBeUndefined();
    expect(compilation.problems.period).toBe('Välj vilken period som ska sammanställas.');
    await compilation.read();
    expect(compilation.scan).toBeNull();
    expect(document.activeElement?.id).toBe(COMPILATION_IDS.period);
  });

  test('a report exported to a folder counts for its organisation; another period or folder makes the reading stale', async () => {
    const report = await api['reports:create']({
      committee: 'Kulturnämnden: kulturförvaltningen',
      period: 'T2',
      year: 2026,
      questionSetId: CULTURE_SET_ID,
    });
    report.header = { committee: report.header.committee, contactPerson: 'Moa Almerud', phone: '08-508 000 00', email: 'moa.almerud@stockholm.se' };
    await api['reports:save']({ report });
    const exported = await api['export:docx']({ id: report.id });
    expect(exported).not.toBeNull();

    await compilation.load();
    drawFields();
    compilation.period = 'T2';
    compilation.yearText = '2026';
    compilation.folders = [];
    await compilation.addFolder(dirname(exported?.path ?? ''));
    await compilation.read();
    expect(compilation.ready).toBe(true);
    expect(document.activeElement?.id).toBe(COMPILATION_IDS.resultHeading);
    const kultur = compilation.scan?.organisations.find((organisation) => organisation.name === 'Kulturnämnden');
    expect(kultur?.counted?.route).toBe('fil');
    expect(compilation.scan?.organisations.filter((organisation) => organisation.counted === undefined).length).toBeGreaterThan(40);

    compilation.period = 'T1';
    expect(compilation.stale).toBe(true);
    expect(compilation.ready).toBe(false);
    compilation.period = 'T2';
    expect(compilation.stale).toBe(false);
  });
});
