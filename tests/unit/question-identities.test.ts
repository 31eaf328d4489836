import { describe, expect, test } from 'vitest';
import { addRecordedIdentities, controlKind, identityProperties } from '../../src-main/docx/question-identities.ts';
import { sampleReport } from '../support/reports.ts';

function exportedProperties(): Map<string, string> {
  const report = sampleReport({
    focusAreas: [
      {
        number: 1,
        questions: [
          { id: 'a', identity: 'stad-1-1', text: 'Beskriv arbetet under 2026.', answer: '' },
          { id: 'b', identity: 'stad-1-2', text: 'Hur har ni samverkat?', answer: '' },
        ],
      },
    ],
  });
  return new Map(identityProperties(report).map(({ name, value }) => [name, value]));
}

type Found = { number: number; questions: { text: string; identity?: string }[] }[];
const identities = (areas: Found): unknown[] => areas.flatMap((area) => area.questions.map((question) => question.identity));

describe('question identities read back from the document’s properties', () => {
  test('a question moved in the document is known by its text', () => {
    const found: Found = [{ number: 1, questions: [{ text: 'Hur har ni  samverkat?' }, { text: 'Beskriv arbetet under 2026.' }] }];
    addRecordedIdentities(found, exportedProperties());
    expect(identities(found)).toEqual(['stad-1-2', 'stad-1-1']);
  });

  test('a question whose text was changed in place keeps its identity while the area holds as many questions', () => {
    const found: Found = [{ number: 1, questions: [{ text: 'Beskriv arbetet under 2027.' }, { text: 'Hur har ni samverkat?' }] }];
    addRecordedIdentities(found, exportedProperties());
    expect(identities(found)).toEqual(['stad-1-1', 'stad-1-2']);
  });

  test('with a question added, a changed text is not taken for another question; a tag already given is not given twice', () => {
    const found: Found = [
      { number: 1, questions: [{ text: 'En ny fråga' }, { text: 'Beskriv arbetet under 2027.' }, { text: 'Hur har ni samverkat?', identity: 'stad-1-1' }] },
    ];
    addRecordedIdentities(found, exportedProperties());
    expect(identities(found)).toEqual([undefined, undefined, 'stad-1-1']);
  });

  test('a control is the export’s by its tag, or by its title where the tag was dropped; others are not', () => {
    expect(controlKind({ tag: 'fraga:stad-1-1', title: 'Fråga 1.1' })).toEqual({ kind: 'question', identity: 'stad-1-1' });
    expect(controlKind({ tag: 'svar:stad-1-1' })).toEqual({ kind: 'answer', identity: 'stad-1-1' });
    expect(controlKind({ title: 'Svar 2.3' })).toEqual({ kind: 'answer' });
    expect(controlKind({ tag: 'fraga:<script>' })).toEqual({ kind: 'question' });
    expect(controlKind({ title: 'Ange text' })).toBeUndefined();
  });
});
