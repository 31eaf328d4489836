// One rule decides what counts as empty, and the editor, the Word export, the Word import and
// carrying over all follow it.
import { describe, expect, test } from 'vitest';
import { readDocxForm } from '../../src-main/docx/read-docx.ts';
import { renderDocx } from '../../src-main/docx/write-docx.ts';
import { reviewReport } from '../../src-main/report/review.ts';
import { carryOverReport } from '../../src-main/report/create.ts';
import { isEmptyText, isPlaceholder } from '../../src-main/report/empty-text.ts';
import { textToBlocks } from '../../src-main/report/text-blocks.ts';
import { sampleReport } from '../support/reports.ts';
import { buildDocx, controlParagraph, documentXml, paragraph } from '../support/word-forms.ts';

const PLACEHOLDER_VARIANTS = [
  'Klicka här för att ange text.',
  'klicka här för att ange text.',
  'KLICKA HÄR FÖR ATT ANGE TEXT.',
  '  Klicka   här för\tatt ange text.  ',
  'Klicka\u00a0här för att ange text.',
  'Klicka här för att ange text',
  'Klicka här för att ange text.'.normalize('NFD'),
  'klicka ha\u0308r fo\u0308r att ange text.',
];

describe('what counts as empty', () => {
  test.each(PLACEHOLDER_VARIANTS)('the placeholder in any case, spacing or Unicode form: %j', (variant) => {
    expect(isPlaceholder(variant)).toBe(true);
    expect(isEmptyText(variant)).toBe(true);
  });

  test('white space is empty; real text, even text that mentions the placeholder, is not', () => {
    expect(isEmptyText('')).toBe(true);
    expect(isEmptyText(' \n\t\u00a0')).toBe(true);
    expect(isEmptyText('Svar')).toBe(false);
    expect(isEmptyText('Klicka här för att ange text. Vi har gjort mycket.')).toBe(false);
    expect(isEmptyText('Klicka här')).toBe(false);
  });

  test.each(PLACEHOLDER_VARIANTS)('the editor, the export and carrying over agree on %j', async (variant) => {
    const report = sampleReport();
    const question = report.focusAreas[0]?.questions[0];
    if (!question) throw new Error('the sample has a question');
    question.answer = variant;

    expect(reviewReport(report)).toContainEqual(
      expect.objectContaining({ kind: 'empty', place: expect.objectContaining({ kind: 'answer', questionId: question.id }) }),
    );
    expect(textToBlocks(variant)).toEqual([]);
    expect(carryOverReport(report, new Date()).focusAreas[0]?.questions[0]?.carriedOver).toBeUndefined();
    const exported = readDocxForm(await renderDocx(report));
    expect(exported.focusAreas[0]?.questions[0]?.answer).toBe('');
  });

  test.each(PLACEHOLDER_VARIANTS)('the import reads %j typed as plain text in a header field as empty', async (variant) => {
    const form = documentXml(
      paragraph('UPPFÖLJNINGSRAPPORT NÄRINGSLIV') + paragraph('Nämnd') + controlParagraph('Kulturnämnden') + paragraph('Telefon') + paragraph(variant),
    );
    const found = readDocxForm(await buildDocx(form));
    expect(found.header.committee).toBe('Kulturnämnden');
    expect(found.header.phone).toBe('');
  });
});
