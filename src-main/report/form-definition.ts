// The form's fixed texts, focus areas, known committees and question sets. Pure data, shared
// by the main process and the renderer so that labels cannot drift between them.
import definition from '../../resources/form/definition.json' with { type: 'json' };

export type PeriodId = 'T1' | 'T2' | 'VB';
export type FocusAreaNumber = 1 | 2 | 3 | 4;

export interface FocusAreaDefinition {
  number: FocusAreaNumber;
  title: string;
}

export interface QuestionSet {
  id: string;
  name: string;
  committee: string;
  year: number;
  focusAreas: { number: FocusAreaNumber; questions: string[] }[];
}

export const formDefinition = definition as Omit<typeof definition, 'focusAreas' | 'periods' | 'questionSets'> & {
  focusAreas: FocusAreaDefinition[];
  periods: { id: PeriodId; name: string; covers: string }[];
  questionSets: QuestionSet[];
};

export const PERIOD_IDS: readonly PeriodId[] = ['T1', 'T2', 'VB'];

export function isPeriodId(value: unknown): value is PeriodId {
  return typeof value === 'string' && (PERIOD_IDS as readonly string[]).includes(value);
}

/** The header's fields, in the template's order. */
export const HEADER_FIELDS = ['committee', 'contactPerson', 'phone', 'email'] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];
export const FOCUS_AREA_NUMBERS: readonly FocusAreaNumber[] = [1, 2, 3, 4];

export function focusAreaTitle(number: FocusAreaNumber): string {
  const area = formDefinition.focusAreas.find((candidate) => candidate.number === number);
  return area?.title ?? `Fokusområde ${number}`;
}

/** "3. Attraktivare miljöer och en bättre framkomlighet": how a focus area is headed everywhere. */
export function focusAreaHeading(number: FocusAreaNumber): string {
  return `${number}. ${focusAreaTitle(number)}`;
}

export function periodName(period: PeriodId): string {
  return formDefinition.periods.find((candidate) => candidate.id === period)?.name ?? period;
}

/** Replaces the form's "{year}" slot with the report's budget year. */
export function withYear(text: string, year: number): string {
  return text.replaceAll('{year}', String(year));
}
