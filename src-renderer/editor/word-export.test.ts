import { afterEach, describe, expect, test } from 'vitest';
import { api } from '../shared/api.ts';
import { notices } from '../shared/notices.svelte.ts';
import { editor } from './editor.svelte.ts';
import { wordExport } from './word-export.svelte.ts';
import { CULTURE_SET_ID } from '../../tests/support/question-sets.ts';

/** Each report in a year of its own: one report per organisation and period. */
let nextYear = 2030;
const newYear = (): number => nextYear++;

afterEach(async () => {
  await editor.close();
  notices.items = [];
});

describe('"Exportera till Word"', () => {
  test('what is on screen is saved first and exported; the notice says where the file is and how many findings are left', async () => {
    const report = await api['reports:create']({
      committee: 'Kulturnämnden: kulturförvaltningen',
      period: 'T2',
      year: newYear(),
      questionSetId: CULTURE_SET_ID,
    });
    await editor.open(report.id);
    const question = editor.report?.focusAreas[0]?.questions[0];
    if (question) question.answer = 'Skrivet precis före exporten.';
    editor.markChanged();
    await wordExport.run(report.id);
    expect(wordExport.busy).toBe(false);
    expect(editor.dirty).toBe(false);
    const [notice] = notices.items;
    expect(notice?.kind).toBe('info');
    expect(notice?.message).toMatch(/^Word-filen sparades: .+\.docx/);
    // A new report of the question set has its phone and one answer still empty, at the least.
    expect(notice?.message).toMatch(/Rapporten har \d+ saker kvar att åtgärda; se Kvar att fylla i\.$/);
    expect((await api['reports:open']({ id: report.id })).report.focusAreas[0]?.questions[0]?.answer).toBe('Skrivet precis före exporten.');
  });

  test('"Exportera utkast" writes the report as one file to carry to another laptop', async () => {
    const report = await api['reports:create']({ committee: 'Idrottsnämnden: idrottsförvaltningen', period: 'T2', year: newYear() });
    await editor.open(report.id);
    await wordExport.exportDraft(report.id);
    expect(notices.items[0]?.message).toMatch(/^Utkastet sparades: .+/);
  });
});
