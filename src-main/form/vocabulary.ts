// The form's vocabulary: the periods a report is written for (the months each covers, and the
// months it is written in), the business policy's focus areas, the header's fields. Said once
// here for the app, the renderer, the submission protocol, the receiver and the compilation.
// Pure data, without zod, because the renderer runs it; the schemas built from these lists are
// in vocabulary-schemas.ts.

export const PERIOD_IDS = ['T1', 'T2', 'VB'] as const;
export type PeriodId = (typeof PERIOD_IDS)[number];

/** A month of the year, 1 (januari) to 12 (december). */
type MonthNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

export interface PeriodDefinition {
  id: PeriodId;
  name: string;
  /** The months the report is about, as its own year counts them. */
  covers: { first: MonthNumber; last: MonthNumber };
  /** The same months as the form's readers name them. */
  coversText: string;
  /** When the report is written: in these months of its own year, or of the year after. */
  writtenIn: { months: readonly MonthNumber[]; year: 'same' | 'next' };
}

/** T1 is written in May, T2 in September, VB after the year has ended, in January and February. */
const PERIOD_DEFINITIONS: Record<PeriodId, Omit<PeriodDefinition, 'id'>> = {
  T1: { name: 'Tertialrapport 1', covers: { first: 1, last: 4 }, coversText: 'januari–april', writtenIn: { months: [5], year: 'same' } },
  T2: { name: 'Tertialrapport 2', covers: { first: 1, last: 8 }, coversText: 'januari–augusti', writtenIn: { months: [9], year: 'same' } },
  VB: { name: 'Verksamhetsberättelse', covers: { first: 1, last: 12 }, coversText: 'hela året', writtenIn: { months: [1, 2], year: 'next' } },
};

/** The periods in the order a year is written: T1, T2, VB. */
export const PERIODS: readonly PeriodDefinition[] = PERIOD_IDS.map((id) => ({ id, ...PERIOD_DEFINITIONS[id] }));

export function isPeriodId(value: unknown): value is PeriodId {
  return typeof value === 'string' && (PERIOD_IDS as readonly string[]).includes(value);
}

export function periodName(period: PeriodId): string {
  return PERIOD_DEFINITIONS[period].name;
}

export const MONTH_NAMES = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'] as const;

export const FOCUS_AREA_NUMBERS = [1, 2, 3, 4] as const;
export type FocusAreaNumber = (typeof FOCUS_AREA_NUMBERS)[number];

/** The business policy's focus areas, numbered as in the policy. */
const FOCUS_AREA_TITLES: Record<FocusAreaNumber, string> = {
  1: 'Stimulera tillväxt och företagsamhet',
  2: 'Förbättra service, tillgänglighet och myndighetsutövning',
  3: 'Attraktivare miljöer och en bättre framkomlighet',
  4: 'Öka tillgången till arbetskraft med relevant kompetens',
};

export function focusAreaTitle(number: FocusAreaNumber): string {
  return FOCUS_AREA_TITLES[number];
}

/** The header's fields, in the template's order. */
export const HEADER_FIELDS = ['committee', 'contactPerson', 'phone', 'email'] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];
