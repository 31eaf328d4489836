import { afterEach, describe, expect, test } from 'vitest';
import { api } from '../shared/api.ts';
import { notices } from '../shared/notices.svelte.ts';
import { editor } from './editor.svelte.ts';
import { CULTURE_SET_ID } from '../../tests/support/question-sets.ts';

/** Each report in a year of its own: one report per organisation and period. */
let nextYear = 2030;
const newYear = (): number => nextYear++;

async function openNew(): Promise<string> {
  const report = await api['reports:create']({
    committee: 'Kulturnämnden: kulturförvaltningen',
    period: 'T2',
    year: newYear(),
    questionSetId: CULTURE_SET_ID,
  });
  expect(await editor.open(report.id)).toBe(true);
  return report.id;
}

/** The first focus area with three questions: the question set's one and two added. */
function threeQuestions(): string[] {
  const number = editor.report?.focusAreas[0]?.number ?? 0;
  editor.addQuestion(number);
  editor.addQuestion(number);
  return editor.report?.focusAreas[0]?.questions.map((question) => question.id) ?? [];
}

function firstQuestion() {
  const question = editor.report?.focusAreas[0]?.questions[0];
  if (!question) throw new Error('the question set has no first question');
  return question;
}

afterEach(async () => {
  await editor.close();
  notices.items = [];
});

describe('the editor', () => {
  test('a change is unsaved at once, and on disk once flushed, as the status then says', async () => {
    const id = await openNew();
    expect(editor.status.kind).toBe('saved');
    firstQuestion().answer = 'Tolv evenemang för de kreativa näringarna.';
    editor.markChanged();
    expect(editor.status).toEqual({ kind: 'unsaved' });
    expect(editor.dirty).toBe(true);
    await editor.flush();
    expect(editor.dirty).toBe(false);
    expect(editor.status.kind).toBe('saved');
    const onDisk = await api['reports:open']({ id });
    expect(onDisk.report.focusAreas[0]?.questions[0]?.answer).toBe('Tolv evenemang för de kreativa näringarna.');
  });

  test('the save happens by itself once typing pauses', async () => {
    const id = await openNew();
    firstQuestion().answer = 'Skrivet utan att spara.';
    editor.markChanged();
    await expect.poll(() => editor.status.kind, { timeout: 3_000 }).toBe('saved');
    expect((await api['reports:open']({ id })).report.focusAreas[0]?.questions[0]?.answer).toBe('Skrivet utan att spara.');
  });

  test('what is missing is counted when a report opens, and again after a change of structure', async () => {
    await openNew();
    const before = editor.completeness;
    expect(before).not.toBeNull();
    expect(editor.findings.some((finding) => finding.kind !== 'language')).toBe(true);
    const added = editor.addQuestion(1);
    expect(added).toBeDefined();
    expect(editor.report?.focusAreas[0]?.questions.at(-1)?.id).toBe(added);
    expect(editor.completeness).not.toEqual(before);
  });

  test('a question removed and put back stands where it stood', async () => {
    await openNew();
    const ids = threeQuestions();
    const area = editor.report?.focusAreas[0];
    expect(ids).toHaveLength(3);
    const removed = editor.removeQuestion(area?.number ?? 0, ids[1] ?? '');
    expect(removed?.afterId).toBe(ids[0]);
    expect(editor.report?.focusAreas[0]?.questions.map((question) => question.id)).toEqual(ids.filter((id) => id !== ids[1]));
    expect(editor.insertQuestion(area?.number ?? 0, removed?.question ?? firstQuestion(), removed?.afterId)).toBe(true);
    expect(editor.report?.focusAreas[0]?.questions.map((question) => question.id)).toEqual(ids);
  });

  test('moving a question past either end does nothing', async () => {
    await openNew();
    const ids = threeQuestions();
    const area = editor.report?.focusAreas[0];
    editor.moveQuestion(area?.number ?? 0, 0, -1);
    expect(editor.report?.focusAreas[0]?.questions.map((question) => question.id)).toEqual(ids);
    editor.moveQuestion(area?.number ?? 0, 0, 1);
    expect(editor.report?.focusAreas[0]?.questions.map((question) => question.id)).toEqual([ids[1], ids[0], ...ids.slice(2)]);
  });

  test('a report that is not there is told in a notice, and nothing is shown', async () => {
    expect(await editor.open(crypto.randomUUID())).toBe(false);
    expect(editor.report).toBeNull();
    expect(notices.items[0]?.message).toMatch(/finns inte längre/);
  });
});
