// LIX against hand-counted texts, and the hints for known heavy phrasing.
import { describe, expect, test } from 'vitest';
import { languageFindings, readabilityLine, readabilityOf } from '../../src-main/report/language-review.ts';
import type { Report } from '../../src-main/report/model.ts';
import { languageHints, lix } from '../../src-main/report/readability.ts';
import { sampleReport } from '../support/reports.ts';

describe('LIX', () => {
  test('two sentences, hand-counted: 10 words, 4 longer than six letters → 10/2 + 40 = 45, medelsvår', () => {
    // Vi(2) har(3) stärkt(6) de(2) kreativa(8) näringarna(10). Staden(6) samarbetar(10) med(3) företagen(9).
    expect(lix('Vi har stärkt de kreativa näringarna. Staden samarbetar med företagen.')).toEqual({
      value: 45,
      band: 'medelsvår',
      words: 10,
      sentences: 2,
      longWords: 4,
    });
  });

  test('a short plain text: 8 words, 1 long, 2 sentences → 4 + 12.5 = 17 (rounded), mycket lätt', () => {
    // Vi(2) har(3) öppnat(6) ett(3) kafé(4). Stockholm(9) går(3) bra(3).
    expect(lix('Vi har öppnat ett kafé. Stockholm går bra.')).toMatchObject({ value: 17, band: 'mycket lätt', words: 8, sentences: 2, longWords: 1 });
  });

  test('"t.ex." and "kl. 10" do not end a sentence; a line does', () => {
    expect(lix('Vi har t.ex. möten kl. 10 varje vecka.')?.sentences).toBe(1);
    expect(lix('Möten\nSeminarier\nNätverk')?.sentences).toBe(3);
  });

  test('one long official sentence: mycket svår', () => {
    const heavy =
      'Avseende genomförandet av näringslivsutvecklingsinsatserna har förvaltningen i enlighet med tidigare fattade beslut påbörjat implementeringen av samverkansstrukturerna.';
    expect(lix(heavy)?.band).toBe('mycket svår');
  });

  test('no words: no figure', () => {
    expect(lix('   …  ')).toBeUndefined();
  });
});

describe('hints', () => {
  test('officialese with the plainer word, a long compound, a verb made a noun, each at its place', () => {
    const text = 'Avseende genomförandet av näringslivsutvecklingsinsatserna gjorde vi mycket i syfte att hjälpa.';
    const hints = languageHints(text);
    expect(hints.map((hint) => hint.text)).toEqual([
      '"Avseende" kan bli "om"',
      '"genomförandet av" kan skrivas med ett verb',
      '"näringslivsutvecklingsinsatserna" är ett långt ord',
      '"i syfte att" kan bli "för att"',
    ]);
    expect(hints.map((hint) => text.slice(hint.start, hint.end))).toEqual(['Avseende', 'genomförandet av', 'näringslivsutvecklingsinsatserna', 'i syfte att']);
  });

  test('a sentence over 30 words is named with its count; one of 30 is not', () => {
    const thirty = Array.from({ length: 30 }, () => 'ord').join(' ');
    expect(languageHints(`${thirty}.`)).toEqual([]);
    const text = `Kort mening. Och ${thirty}.`;
    expect(languageHints(text)).toEqual([{ kind: 'long-sentence', text: 'en mening med 31 ord', start: 'Kort mening.'.length, end: text.length }]);
  });

  test('plain text has no hints', () => {
    expect(languageHints('Vi har stärkt de kreativa näringarna. Staden samarbetar med företagen.')).toEqual([]);
  });
});

describe('"Kontrollera" for plain Swedish', () => {
  function reportWith(answers: string[], otherInformation = ''): Report {
    const report = sampleReport();
    report.focusAreas = [{ number: 1, questions: answers.map((answer, index) => ({ id: `q${index}`, text: `Fråga ${index}`, answer })) }];
    report.otherInformation = otherInformation;
    return report;
  }

  test('one finding per answer with something heavy, naming it and the LIX, taking the user to the first hint; plain answers none', () => {
    const heavy = 'Avseende genomförandet av insatserna gjorde vi mycket.';
    const report = reportWith(['Vi har öppnat ett kafé.', heavy], 'Vi använder i dagsläget tre lokaler.');
    const findings = languageFindings(report);
    expect(findings.map((finding) => [finding.severity, finding.kind, finding.message])).toEqual([
      [
        'warning',
        'language',
        `Svar på fråga 1.2, klarspråk (LIX ${lix(heavy)?.value ?? 0}, ${lix(heavy)?.band ?? ''}): "Avseende" kan bli "om"; "genomförandet av" kan skrivas med ett verb.`,
      ],
      ['warning', 'language', `Övriga upplysningar, klarspråk (LIX 56, svår): "i dagsläget" kan bli "nu".`],
    ]);
    expect(findings[0]?.place).toEqual({ kind: 'answer', areaNumber: 1, questionId: 'q1', range: { start: 0, end: 'Avseende'.length } });
  });

  test('past three hints the rest are counted', () => {
    const text = 'Avseende detta erhålla och inneha samt nyttja resurser emellertid.';
    expect(languageFindings(reportWith([text]))[0]?.message).toMatch(/"Avseende" kan bli "om"; "erhålla" kan bli "få"; "inneha" kan bli "ha" och 2 till\.$/);
  });

  test('the line under a field: the LIX and each hint', () => {
    // Vi(2) använder(8) i(1) dagsläget(9) tre(3) lokaler(7): 6 words, 3 long, 1 sentence → 6 + 50 = 56, svår.
    expect(readabilityLine(readabilityOf('Vi använder i dagsläget tre lokaler.'))).toBe('LIX 56, svår · "i dagsläget" kan bli "nu"');
    expect(readabilityLine(readabilityOf(''))).toBeUndefined();
  });
});
