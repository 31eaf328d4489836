// The reporting calendar: T1 (January–April) is written in May, T2 (January–August) in
// September, VB (the whole year) from October on, and each report builds on the one before:
// T1 -> T2 -> VB -> next year's T1. Pure, for main and renderer.
import type { PeriodId } from '../form/vocabulary.ts';

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

/** The report most likely being written on this (local) date: T1 to May, T2 to September, then VB. */
export function periodBeingWritten(today: Date): PeriodOfYear {
  const month = today.getMonth() + 1;
  const year = today.getFullYear();
  if (month <= 5) return { period: 'T1', year };
  if (month <= 9) return { period: 'T2', year };
  return { period: 'VB', year };
}
