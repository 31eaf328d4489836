import { describe, expect, test } from 'vitest';
import { cleanLine, cleanText } from '../../src-main/report/clean-text.ts';
import { reportSchema } from '../../src-main/report/model.ts';
import { sampleReport } from '../support/reports.ts';

describe('cleanText', () => {
  test('keeps paragraphs, tabs, emoji, right-to-left text and Word punctuation', () => {
    const text = 'Första stycket\u00a0med “citat” – och mjukt\u00adbindestreck.\n\nAndra\tstycket 👩🏽‍💼 שלום مرحبا';
    expect(cleanText(text)).toBe(text);
  });

  test('turns Windows line ends and Word manual line breaks into \\n', () => {
    expect(cleanText('a\r\nb\rc\u000bd\u000ce\u2028f')).toBe('a\nb\nc\nd\ne\nf');
  });

  test('removes control characters and the noncharacters XML forbids', () => {
    expect(cleanText('a\u0000b\u0001c\u001fd\u007fe\u0085f\ufffeg\uffffh')).toBe('abcdefgh');
  });

  test('replaces lone surrogates so the text is well formed', () => {
    const cleaned = cleanText('a\ud800b\udc00c');
    expect(cleaned.isWellFormed()).toBe(true);
    expect(cleaned).toBe('a\ufffdb\ufffdc');
  });

  test('one-line fields get spaces for breaks and tabs', () => {
    expect(cleanLine('Kultur-\r\nnämnden\t: x')).toBe('Kultur- nämnden : x');
  });

  test('the report schema cleans every text field on the way in', () => {
    const report = sampleReport();
    const dirty = {
      ...report,
      header: { ...report.header, contactPerson: 'Moa\u0007 Almerud\nX' },
      otherInformation: 'rad 1\r\nrad 2\ufffe\ud83d',
      focusAreas: report.focusAreas.map((area) => ({
        ...area,
        questions: area.questions.map((question) => ({ ...question, answer: 'svar\u000bny rad\u0000' })),
      })),
    };
    const parsed = reportSchema.parse(dirty);
    expect(parsed.header.contactPerson).toBe('Moa Almerud X');
    expect(parsed.otherInformation).toBe('rad 1\nrad 2\ufffd');
    expect(parsed.focusAreas[0]?.questions[0]?.answer).toBe('svar\nny rad');
  });
});
