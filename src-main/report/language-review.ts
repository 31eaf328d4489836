// "Kontrollera" for plain Swedish: for each answer, and "Övriga upplysningar", whose text has
// something heavy in it (a long sentence, a long compound, a verb made a noun, officialese),
// one finding that names it and its LIX; a line takes the user to the first of them. Only
// worth a look: never a block, never a change to the text. The report's LIX as a whole too.
// Pure.
import { formTemplate } from '../form/template.ts';
import type { Report } from './model.ts';
import { questionNumber } from './questions.ts';
import { languageHints, lix, type LanguageHint, type Lix } from './readability.ts';
import type { Finding, FindingPlace, TextRange } from './review.ts';

/** Named in one finding; the rest are counted. */
const HINTS_NAMED = 3;

export interface TextReadability {
  lix: Lix | undefined;
  hints: LanguageHint[];
}

/** What the line under a field says: "LIX 48, medelsvår · en mening med 41 ord". */
export function readabilityLine(readability: TextReadability | undefined): string | undefined {
  if (readability?.lix === undefined) return undefined;
  return [`LIX ${readability.lix.value}, ${readability.lix.band}`, ...readability.hints.map((hint) => hint.text)].join(' · ');
}

export function readabilityOf(text: string): TextReadability {
  return { lix: lix(text), hints: languageHints(text) };
}

function finding(subject: string, readability: TextReadability, place: (range: TextRange) => FindingPlace): Finding[] {
  const [first] = readability.hints;
  if (first === undefined) return [];
  const named = readability.hints.slice(0, HINTS_NAMED).map((hint) => hint.text);
  const more = readability.hints.length - named.length;
  const figure = readability.lix ? ` (LIX ${readability.lix.value}, ${readability.lix.band})` : '';
  return [
    {
      severity: 'warning',
      kind: 'language',
      place: place({ start: first.start, end: first.end }),
      message: `${subject}, klarspråk${figure}: ${named.join('; ')}${more > 0 ? ` och ${more} till` : ''}.`,
    },
  ];
}

export interface ReportReadability {
  /** By question id. */
  answers: ReadonlyMap<string, TextReadability>;
  otherInformation: TextReadability;
  /** The report's answers and "Övriga upplysningar" read as one text. */
  whole: Lix | undefined;
}

/** Each answer's readability, by question id, and "Övriga upplysningar"'s. */
export function reportReadability(report: Report): ReportReadability {
  const answers = new Map<string, TextReadability>();
  for (const area of report.focusAreas) for (const question of area.questions) answers.set(question.id, readabilityOf(question.answer));
  const all = [...report.focusAreas.flatMap((area) => area.questions.map((question) => question.answer)), report.otherInformation].join('\n\n');
  return { answers, otherInformation: readabilityOf(report.otherInformation), whole: lix(all) };
}

/** The language findings, in the form's order. */
export function languageFindings(report: Report, readability = reportReadability(report)): Finding[] {
  const findings: Finding[] = [];
  for (const area of report.focusAreas) {
    area.questions.forEach((question, index) => {
      const text = readability.answers.get(question.id);
      if (text === undefined) return;
      const where = { areaNumber: area.number, questionId: question.id };
      findings.push(...finding(`Svar på fråga ${questionNumber(area.number, index)}`, text, (range) => ({ kind: 'answer', ...where, range })));
    });
  }
  findings.push(...finding(formTemplate.labels.otherInformation, readability.otherInformation, (range) => ({ kind: 'other-information', range })));
  return findings;
}
