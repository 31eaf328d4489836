import { describe, expect, test, vi } from 'vitest';

describe('the plain-Swedish tips', () => {
  test('shown at first; hiding them is kept on this computer for the next start', async () => {
    localStorage.clear();
    const { languageTips } = await import('./language-tips.svelte.ts');
    expect(languageTips.shown).toBe(true);
    languageTips.toggle();
    expect(languageTips.shown).toBe(false);

    vi.resetModules();
    const { languageTips: nextStart } = await import('./language-tips.svelte.ts');
    expect(nextStart.shown).toBe(false);
    nextStart.toggle();
    vi.resetModules();
    expect((await import('./language-tips.svelte.ts')).languageTips.shown).toBe(true);
  });
});
