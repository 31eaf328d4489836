import { describe, expect, test } from 'vitest';
import { navigation } from './navigation.svelte.ts';

describe('navigation', () => {
  test('the open report and Sammanställning are kept in the address, so a reload returns to them', () => {
    navigation.openReport('abc-123');
    expect(navigation.screen).toEqual({ name: 'editor', reportId: 'abc-123', focusNextStep: true });
    expect(location.hash).toBe('#rapport=abc-123');

    navigation.showCompilation();
    expect(navigation.screen).toEqual({ name: 'compilation' });
    expect(location.hash).toBe('#vy=sammanstallning');

    navigation.showList('abc-123');
    expect(navigation.screen).toEqual({ name: 'list', focusReportId: 'abc-123' });
    expect(location.hash).toBe('');
  });

  test('"Inställningar" and "Ny rapport" leave nothing in the address', () => {
    navigation.openReport('abc-123');
    navigation.showSettings();
    expect(location.hash).toBe('');
    navigation.openReport('abc-123');
    navigation.showNewReport();
    expect(navigation.screen.name).toBe('new');
    expect(location.hash).toBe('');
  });
});
