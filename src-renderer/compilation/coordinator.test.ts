import { afterEach, describe, expect, test } from 'vitest';
import { COMPILATION_IDS } from '../shared/field-ids.ts';
import { notices } from '../shared/notices.svelte.ts';
import { coordinator } from './coordinator.svelte.ts';

const T2 = { period: 'T2', year: 2026 } as const;

afterEach(() => {
  notices.items = [];
});

describe("the coordinator's own data", () => {
  test('an organisation added is kept by the main process, and one refused says why; removing it gives the focus to the name field', async () => {
    let changes = 0;
    coordinator.afterChange(() => {
      changes += 1;
      return Promise.resolve();
    });
    await coordinator.load();
    expect(await coordinator.addOrganisation('  ')).toBe('Skriv organisationens namn.');
    expect(changes).toBe(0);
    expect(await coordinator.addOrganisation('Nya nämnden')).toBeUndefined();
    expect(changes).toBe(1);
    coordinator.organisations = [];
    await coordinator.load();
    expect(coordinator.organisations.at(-1)).toEqual({ name: 'Nya nämnden', added: true });
    expect(await coordinator.addOrganisation('nya nämnden')).toBe('Nya nämnden finns redan i listan.');

    document.body.innerHTML = `<input id="${COMPILATION_IDS.listName}">`;
    await coordinator.removeOrganisation('Nya nämnden');
    expect(coordinator.organisations.some((organisation) => organisation.added)).toBe(false);
    expect(document.activeElement?.id).toBe(COMPILATION_IDS.listName);
    expect(changes).toBe(2);
  });

  test('"Sista dag" is kept for its period only, and taken away again; without a period nothing is sent', async () => {
    await coordinator.setDeadline(undefined, '2026-09-15');
    expect(coordinator.deadlines).toEqual([]);
    await coordinator.setDeadline(T2, '2026-09-15');
    expect(coordinator.deadlineOf(T2)).toBe('2026-09-15');
    expect(coordinator.deadlineOf({ period: 'T1', year: 2026 })).toBeUndefined();
    await coordinator.load();
    expect(coordinator.deadlines).toEqual([{ ...T2, date: '2026-09-15' }]);
    await coordinator.setDeadline(T2, null);
    expect(coordinator.deadlineOf(T2)).toBeUndefined();
    expect(notices.items.map((notice) => notice.message)).toHaveLength(2);
  });
});
