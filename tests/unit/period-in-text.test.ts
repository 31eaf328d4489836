import { describe, expect, test } from 'vitest';
import { periodNamedInText } from '../../src-main/report/period-in-text.ts';

describe('the period a text names by its months', () => {
  test.each([
    ['Under januari–augusti 2022 genomfördes 14 evenemang.', 'T2', 'januari–augusti'],
    ['Under perioden januari-april har vi …', 'T1', 'januari-april'],
    ['Jan – apr: tre möten.', 'T1', 'Jan – apr'],
    ['Från januari till och med december.', 'VB', 'januari till och med december'],
    ['Under maj–augusti har arbetet fortsatt.', 'T2', 'maj–augusti'],
    ['jan. t.o.m. aug. ', 'T2', 'jan. t.o.m. aug.'],
    ['Under september–december avslutades projektet.', 'VB', 'september–december'],
  ])('%j names %s', (text, period, asWritten) => {
    expect(periodNamedInText(text)).toEqual({ period, asWritten });
  });

  test.each([
    ['no months at all', 'Vi har stärkt de kreativa näringarna.'],
    ['a single month', 'I augusti öppnade vi.'],
    ['a span of no period', 'Under mars–juni pågick bygget.'],
    ['two periods', 'Jämfört med januari–april har januari–augusti gett mer.'],
    ['months inside words', 'Majoriteten, augustinerna och aprilskämtet.'],
  ])('%s: nothing', (_why, text) => {
    expect(periodNamedInText(text)).toBeUndefined();
  });

  test('the same period named twice is one mention, as first written', () => {
    expect(periodNamedInText('Januari–augusti … och åter januari - augusti.')).toEqual({ period: 'T2', asWritten: 'Januari–augusti' });
  });
});
