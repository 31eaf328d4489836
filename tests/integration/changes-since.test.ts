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

type Questions = { identity?: string; text: string; answer: string }[];

/** A report with these questions under focus area 1; the previous one is T1 2026's. */
function area1(questions: Questions): { focusAreas: { number: 1; questions: Questions }[] } {
  return { focusAreas: [{ number: 1, questions }] };
}

function t1Area1(questions: Questions): ReturnType<typeof area1> & { period: 'T1'; year: number } {
  return { period: 'T1', year: 2026, ...area1(questions) };
}

describe('changes since the previous period', () => {
  test('matched by the question’s text, else its place: kept answers marked, the others counted as changed', () => {
    const previous = t1Area1([
      { text: 'Beskriv 2025.', answer: 'Samma.' },
      { text: 'B', answer: 'Förr.' },
    ]);
    const report = area1([
      { text: 'Beskriv 2026.', answer: 'Samma.\n' },
      { text: 'B', answer: 'Nu.' },
      { text: 'Ny', answer: 'Ny.' },
    ]);
    const { focusAreas, changes } = changesSince(report, previous);
    expect(focusAreas[0]?.questions.map((question) => question.unchangedSince)).toEqual(['T1 2026', undefined, undefined]);
    expect(changes).toEqual({ since: 'T1 2026', changed: 2, total: 3, byText: 2 });
  });

  test('matched by the question’s identity, whatever its wording and place; by text only where a file has none, and counted', () => {
    const previous = t1Area1([
      { identity: 'stad-1-1', text: 'Beskriv 2025.', answer: 'Samma.' },
      { identity: 'stad-1-2', text: 'Hur samverkar ni?', answer: 'Med alla.' },
      { text: 'En fråga ur en äldre fil', answer: 'Äldre.' },
    ]);
    const report = area1([
      // Moved first, and reworded: the same question all the same.
      { identity: 'stad-1-2', text: 'Hur har ni samverkat under 2026?', answer: 'Med alla.' },
      // Another question with the same text as last period's stad-1-1 is not that question.
      { identity: 'stad-1-9', text: 'Beskriv 2025.', answer: 'Samma.' },
      { identity: 'stad-1-3', text: 'En fråga ur en äldre fil', answer: 'Äldre.' },
    ]);
    const { focusAreas, changes } = changesSince(report, previous);
    expect(focusAreas[0]?.questions.map((question) => question.unchangedSince)).toEqual(['T1 2026', undefined, 'T1 2026']);
    expect(changes).toEqual({ since: 'T1 2026', changed: 1, total: 3, byText: 1 });
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
    // T1's file is from before identities: its answers are compared by their questions' text, and the table says so.
    t1.schemaVersion = 4 as typeof t1.schemaVersion;
    t1.focusAreas = t1.focusAreas.map((area) => ({ ...area, questions: area.questions.map(({ identity: _none, ...question }) => question) }));
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
    expect(text.join('\n')).toContain(
      `${total - 1} av ${total} svar ändrade sedan T1 2026 (${total} svar jämförda på frågans text: filerna säger inte vilka frågor de svarar på)`,
    );
    await out.remove();
  }, 120_000);
});
