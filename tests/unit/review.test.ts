// "Granska": every finding names its place, and each kind of leftover is found.
import { describe, expect, test } from 'vitest';
import type { Report } from '../../src-main/report/model.ts';
import { blocksSending, needsAttention, reviewReport, type Finding } from '../../src-main/report/review.ts';
import { sampleReport } from '../support/reports.ts';

function completeReport(): Report {
  const report = sampleReport();
  report.header = { committee: 'Kulturnämnden: kulturförvaltningen', contactPerson: 'Moa Almerud', phone: '08-508 000 00', email: 'moa.almerud@stockholm.se' };
  for (const area of report.focusAreas) for (const question of area.questions) question.answer = 'Förvaltningen har arbetat med 12 evenemang.';
  return report;
}

function firstQuestion(report: Report): Report['focusAreas'][number]['questions'][number] {
  const question = report.focusAreas[0]?.questions[0];
  if (!question) throw new Error('the sample has a question');
  return question;
}

const messages = (findings: Finding[]): string[] => findings.map((finding) => finding.message);

describe('review', () => {
  test('a complete report has nothing to review', () => {
    expect(reviewReport(completeReport())).toEqual([]);
  });

  test('the sender fields block sending; an empty phone is a warning; an empty answer is to fix', () => {
    const findings = reviewReport(sampleReport());
    expect(findings.map((finding) => [finding.severity, finding.message])).toEqual([
      ['blocks-sending', 'Kontaktperson för eventuella frågor är tomt – staden måste veta vem rapporten är från.'],
      ['warning', 'Telefon är tomt.'],
      ['blocks-sending', 'E-post är tomt – staden måste veta vem rapporten är från.'],
      ['fix', 'Svar på fråga 1.1 saknas.'],
      ['fix', 'Svar på fråga 3.1 saknas.'],
    ]);
    expect(blocksSending(findings)).toBe(true);
  });

  test('only a warning: nothing needs attention', () => {
    const report = completeReport();
    report.header.phone = '';
    expect(needsAttention(reviewReport(report))).toBe(false);
  });

  test.each(['moa@', 'moa.almerud', 'moa @stockholm.se', 'moa@stockholm'])('"%s" is not an e-mail address', (email) => {
    const report = completeReport();
    report.header.email = email;
    expect(reviewReport(report)).toEqual([expect.objectContaining({ severity: 'fix', kind: 'invalid', place: { kind: 'header', field: 'email' } })]);
  });

  test('a focus area without questions, and no focus area at all', () => {
    const report = completeReport();
    report.focusAreas.push({ number: 2, questions: [] });
    expect(messages(reviewReport(report))).toEqual(['2. Förbättra service, tillgänglighet och myndighetsutövning: lägg till en fråga.']);
    report.focusAreas = [];
    expect(messages(reviewReport(report))).toEqual(['Inget fokusområde är valt. Välj minst ett.']);
  });

  test.each([
    ['Av dessa har x haft premiär 2022.', 'x', '"x" där ett tal ska stå'],
    ['Av dessa har X haft premiär.', 'X', '"X" där ett tal ska stå'],
    ['Totalt xx besökare.', 'xx', '"xx" där ett tal ska stå'],
    ['Siffran kommer: TBD.', 'TBD', '"TBD"'],
    ['Antal platser ??? i år.', '???', '"???"'],
    ['Första stycket.\n…\nTredje.', '…', '"…" i stället för text'],
    ['Vi har gjort mycket. klicka  HÄR för att ange text.', 'klicka  HÄR för att ange text.', 'mallens text "Klicka här för att ange text."'],
  ])('a leftover in %j is found, and its place marked', (answer, marker, description) => {
    const report = completeReport();
    const question = firstQuestion(report);
    question.answer = answer;
    const [finding, ...rest] = reviewReport(report);
    expect(rest).toEqual([]);
    expect(finding?.message).toBe(`Svar på fråga 1.1 innehåller ${description}.`);
    const range = finding?.place.kind === 'answer' ? finding.place.range : undefined;
    expect(range && answer.slice(range.start, range.end)).toBe(marker);
  });

  test('words that only look like markers are not findings', () => {
    const report = completeReport();
    firstQuestion(report).answer = 'Ett x-format, Xbox, 3x3-basket, TBDX och frågan "vad?" … fortsätter.';
    expect(reviewReport(report)).toEqual([]);
  });

  test('a carried-over answer not yet reviewed is to fix; kept unchanged it is only worth a look; edited, nothing', () => {
    const report = completeReport();
    const question = firstQuestion(report);
    question.carriedOver = { from: 'T1 2022', previousAnswer: question.answer, reviewed: false };
    expect(messages(reviewReport(report))).toEqual(['Svar på fråga 1.1 är från T1 2022 och ännu inte granskat.']);
    question.carriedOver.reviewed = true;
    const kept = reviewReport(report);
    expect(kept.map((finding) => [finding.severity, finding.message])).toEqual([['warning', 'Svaret på fråga 1.1 är detsamma som i T1 2022.']]);
    expect(needsAttention(kept)).toBe(false);
    question.answer = `${question.answer} Och ett tillägg.`;
    expect(reviewReport(report)).toEqual([]);
  });

  test('markers in question texts, header fields and "Övriga upplysningar" are found too', () => {
    const report = completeReport();
    firstQuestion(report).text = 'Beskriv arbetet med TBD.';
    report.header.phone = '08-508 xx 00';
    report.otherInformation = 'Se ???';
    expect(messages(reviewReport(report))).toEqual([
      'Telefon innehåller "xx" där ett tal ska stå.',
      'Fråga 1.1 innehåller "TBD".',
      'Övriga upplysningar innehåller "???".',
    ]);
  });

  test('every leftover in a text is its own finding, in the order they stand, each marking its own place', () => {
    const report = completeReport();
    const leftovers = ['Klicka här för att ange text.', 'xx', 'TBD', '???', '…', 'X', '...'];
    report.otherInformation = [
      'Inledning: Klicka här för att ange text.',
      'Antal: xx företag.',
      'Status TBD.',
      'Budget ???',
      '…',
      'Av dessa X nya.',
      '...',
    ].join('\n');
    const findings = reviewReport(report);
    expect(messages(findings)).toEqual([
      'Övriga upplysningar innehåller mallens text "Klicka här för att ange text." (1 av 7).',
      'Övriga upplysningar innehåller "xx" där ett tal ska stå (2 av 7).',
      'Övriga upplysningar innehåller "TBD" (3 av 7).',
      'Övriga upplysningar innehåller "???" (4 av 7).',
      'Övriga upplysningar innehåller "…" i stället för text (5 av 7).',
      'Övriga upplysningar innehåller "X" där ett tal ska stå (6 av 7).',
      'Övriga upplysningar innehåller "…" i stället för text (7 av 7).',
    ]);
    const marked = findings.map((finding) =>
      finding.place.kind === 'other-information' && finding.place.range
        ? report.otherInformation.slice(finding.place.range.start, finding.place.range.end)
        : undefined,
    );
    expect(marked).toEqual(leftovers);
  });

  test('the same leftover twice is two findings, told apart by their place in the text', () => {
    const report = completeReport();
    const answer = 'Av dessa har x haft premiär och x turnerat.';
    firstQuestion(report).answer = answer;
    const findings = reviewReport(report);
    expect(messages(findings)).toEqual([
      'Svar på fråga 1.1 innehåller "x" där ett tal ska stå (1 av 2).',
      'Svar på fråga 1.1 innehåller "x" där ett tal ska stå (2 av 2).',
    ]);
    const starts = findings.map((finding) => (finding.place.kind === 'answer' ? finding.place.range?.start : undefined));
    expect(starts).toEqual([answer.indexOf(' x ') + 1, answer.lastIndexOf(' x ') + 1]);
  });
});
