// The reporting calendar. Each report builds on the one before: T1 -> T2 -> VB -> next year's
// T1. When each is written is the vocabulary's: T1 in May, T2 in September, VB after its year
// has ended, in January and February. Between those months the period offered is the next one
// to be written: March–May T1 of this year, June–September T2, October–December this year's
// VB (written in the new year), January–February last year's VB. The period being written is
// only ever offered to the user, never chosen for them. Pure, for main and renderer.
import { PERIODS, type PeriodId } from '../form/vocabulary.ts';

export interface PeriodOfYear {
  period: PeriodId;
  year: number;
}

export function nextPeriod({ period, year }: PeriodOfYear): PeriodOfYear {
  if (period === 'T1') return { period: 'T2', year };
  if (period === 'T2') return { period: 'VB', year };
  return { period: 'T1', year: year + 1 };
}

export function previousPeriod({ period, year }: PeriodOfYear): PeriodOfYear {
  if (period === 'VB') return { period: 'T2', year };
  if (period === 'T2') return { period: 'T1', year };
  return { period: 'VB', year: year - 1 };
}

export function periodLabel({ period, year }: PeriodOfYear): string {
  return `${period} ${year}`;
}

/** The report most likely being written on this (local) date: the next one whose writing months have not passed. */
export function periodBeingWritten(today: Date): PeriodOfYear {
  const month = today.getMonth() + 1;
  const year = today.getFullYear();
  for (let ahead = 0; ahead < 12; ahead += 1) {
    const writtenMonth = ((month - 1 + ahead) % 12) + 1;
    const writtenYear = year + Math.floor((month - 1 + ahead) / 12);
    const period = PERIODS.find((candidate) => (candidate.writtenIn.months as readonly number[]).includes(writtenMonth));
    if (period !== undefined) return { period: period.id, year: period.writtenIn.year === 'next' ? writtenYear - 1 : writtenYear };
  }
  throw new Error('The vocabulary names no month a report is written in.');
}
