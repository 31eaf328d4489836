// The compiled document of two periods: where an organisation's previous report is among the
// sources, each answer kept exactly as it was says "Oförändrat sedan T1 2026" under its
// question, and the table of who reported says how many answers changed. Written by the
// command line, read back by LibreOffice.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { changesSince } from '../../src-main/compile/changes-since.ts';
import { runCli } from '../support/cli.ts';
import { convertWithLibreOffice, textLines } from '../support/docx-check.ts';
import { receivedReport } from '../support/received-folders.ts';
import { makeTempFolder } from '../support/temp-folder.ts';

let folder: Awaited<ReturnType<typeof makeTempFolder>>;

beforeAll(async () => {
  folder = await makeTempFolder('rapport-changes-since-');
});
afterAll(async () => {
  await folder.remove();
});

describe('changes since the previous period', () => {
  test('matched by the question’s text, else its place: kept answers marked, the others counted as changed', () => {
    const previous = {
      period: 'T1' as const,
      year: 2026,
      focusAreas: [
        {
          number: 1 as const,
          questions: [
            { text: 'Beskriv 2025.', answer: 'Samma.' },
            { text: 'B', answer: 'Förr.' },
          ],
        },
      ],
    };
    const report = {
      focusAreas: [
        {
          number: 1 as const,
          questions: [
            { text: 'Beskriv 2026.', answer: 'Samma.\n' },
            { text: 'B', answer: 'Nu.' },
            { text: 'Ny', answer: 'Ny.' },
          ],
        },
      ],
    };
    const { focusAreas, changes } = changesSince(report, previous);
    expect(focusAreas[0]?.questions.map((question) => question.unchangedSince)).toEqual(['T1 2026', undefined, undefined]);
    expect(changes).toEqual({ since: 'T1 2026', changed: 2, total: 3 });
  });

  test('the compiled document marks each unchanged answer under its question and counts the changed ones in the table', async () => {
    const t1 = receivedReport(0, { period: 'T1', year: 2026 }, { savedAt: '2026-05-10T08:00:00.000Z' });
    const t2 = receivedReport(0, { period: 'T2', year: 2026 }, { savedAt: '2026-09-10T08:00:00.000Z' });
    const [first, ...rest] = t2.focusAreas;
    if (first === undefined || rest.length === 0) throw new Error('the generated report has more than one focus area');
    // The first answer of T2 is T1's, as it was; every other answer is new.
    const kept = t1.focusAreas[0]?.questions[0]?.answer ?? '';
    const updated = (area: (typeof rest)[number]): (typeof rest)[number] => ({
      ...area,
      questions: area.questions.map((question) => ({ ...question, answer: `${question.answer} Uppdaterat.` })),
    });
    t2.focusAreas = [
      {
        ...first,
        questions: first.questions.map((question, index) =>
          index === 0 ? { ...question, answer: kept } : { ...question, answer: `${question.answer} Uppdaterat.` },
        ),
      },
      ...rest.map(updated),
    ];
    const total = t2.focusAreas.reduce((sum, area) => sum + area.questions.length, 0);
    await writeFile(join(folder.path, 't1.json'), JSON.stringify(t1, null, 2));
    await writeFile(join(folder.path, 't2.json'), JSON.stringify(t2, null, 2));

    const out = await makeTempFolder('rapport-changes-since-out-');
    const output = join(out.path, 'sammanstallning.docx');
    const result = await runCli(['compile', folder.path, '--period', 'T2', '--year', '2026', '-o', output]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const text = textLines([...(await convertWithLibreOffice([output], 'txt:Text')).values()][0] ?? Buffer.from(''));
    const marks = text.filter((line) => line === 'Oförändrat sedan T1 2026');
    expect(marks).toHaveLength(1);
    // Right under the first question of the first area, before its answer.
    const at = text.indexOf('Oförändrat sedan T1 2026');
    expect(text[at - 1]).toMatch(new RegExp(`^${first.number}\\.1 `));
    expect(text[at + 1]).toBe(kept.split('\n')[0]);
    expect(text.join('\n')).toContain(`${total - 1} av ${total} svar ändrade sedan T1 2026`);
    await out.remove();
  }, 120_000);
});
