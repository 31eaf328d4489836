// The order of the reports: T1 -> T2 -> VB -> next year's T1. Pure, for main and renderer.
import type { PeriodId } from './form-definition.ts';

export interface PeriodOfYear {
  period: PeriodId;
  year: number;
}

export function nextPeriod({ period, year }: PeriodOfYear): PeriodOfYear {
  if (period === 'T1') return { period: 'T2', year };
  if (period === 'T2') return { period: 'VB', year };
  return { period: 'T1', year: year + 1 };
}

export function periodLabel({ period, year }: PeriodOfYear): string {
  return `${period} ${year}`;
}
