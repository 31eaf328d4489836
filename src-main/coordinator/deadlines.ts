// "Sista dag": each period's last day for sending, as the coordinator set it, and how the days
// are kept in the coordinator's file. Pure.
import { z } from 'zod';
import type { PeriodOfYear } from '../report/calendar.ts';
import { periodSchema } from '../form/vocabulary-schemas.ts';
import { yearSchema } from '../report/model.ts';

const deadlineSchema = z.object({ period: periodSchema, year: yearSchema, date: z.iso.date() });

export type Deadline = z.output<typeof deadlineSchema>;

/** The coordinator file's part for the last days. */
export const deadlineFields = { deadlines: z.array(deadlineSchema).max(100) };

function isFor(deadline: Deadline, period: PeriodOfYear): boolean {
  return deadline.period === period.period && deadline.year === period.year;
}

/** The period's last day, where one is set. */
export function deadlineOf(deadlines: readonly Deadline[], period: PeriodOfYear): string | undefined {
  return deadlines.find((deadline) => isFor(deadline, period))?.date;
}

/** The days with the period's set to `date`; null takes it away. */
export function withDeadline(deadlines: readonly Deadline[], period: PeriodOfYear, date: string | null): Deadline[] {
  return [...deadlines.filter((deadline) => !isFor(deadline, period)), ...(date === null ? [] : [{ ...period, date }])];
}
