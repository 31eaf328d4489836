import { afterEach, describe, expect, test } from 'vitest';
import { api } from './api.ts';
import { copies } from './copies.svelte.ts';
import { navigation } from './navigation.svelte.ts';

const KULTUR = { committee: 'Kulturnämnden: kulturförvaltningen', period: 'T2', year: 2026 } as const;

afterEach(() => copies.close());

describe('copies', () => {
  test('a second report for the same organisation and period is not made: the user is asked, and can open the one there is', async () => {
    const existing = await api['reports:create'](KULTUR);
    const made = await copies.runOrAsk(async (copyName) => {
      await api['reports:create']({ ...KULTUR, ...(copyName ? { copyName } : {}) });
    }, KULTUR);
    expect(made).toBe(false);
    expect(copies.request?.existingId).toBe(existing.id);
    expect(copies.request?.message).toMatch(/finns redan/);
    const { reports } = await api['reports:list']({});
    expect(reports.filter((report) => report.committee === KULTUR.committee)).toHaveLength(1);

    copies.openExisting();
    expect(copies.request).toBeNull();
    expect(navigation.screen).toMatchObject({ name: 'editor', reportId: existing.id });
  });

  test('a copy with a name of its own is made beside it', async () => {
    const idrott = { committee: 'Idrottsnämnden: idrottsförvaltningen', period: 'VB', year: 2026 } as const;
    await api['reports:create'](idrott);
    const create = async (copyName?: string): Promise<void> => {
      await api['reports:create']({ ...idrott, ...(copyName ? { copyName } : {}) });
    };
    expect(await copies.runOrAsk(create, idrott)).toBe(false);
    await copies.request?.make('Utkast till nämnden');
    const { reports } = await api['reports:list']({});
    expect(
      reports
        .filter((report) => report.committee === idrott.committee)
        .map((report) => report.copyName ?? '')
        .sort(),
    ).toEqual(['', 'Utkast till nämnden']);
  });

  test('any other failure is not turned into a question', async () => {
    await expect(copies.runOrAsk(() => Promise.reject(new Error('disken är full')), KULTUR)).rejects.toThrow('disken är full');
    expect(copies.request).toBeNull();
  });
});
