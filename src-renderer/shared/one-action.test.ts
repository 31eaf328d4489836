import { afterEach, describe, expect, test } from 'vitest';
import { notices } from './notices.svelte.ts';
import { OneAction } from './one-action.svelte.ts';

afterEach(() => {
  notices.items = [];
});

describe('OneAction', () => {
  test('one action at a time: a second one while the first runs is not run', async () => {
    const action = new OneAction<'read' | 'export'>();
    let release: () => void = () => undefined;
    const first = action.run('read', () => new Promise<string>((resolve) => (release = () => resolve('läst'))));
    expect(action.busy).toBe('read');
    let secondRan = false;
    expect(await action.run('export', async () => (secondRan = true))).toBeUndefined();
    expect(secondRan).toBe(false);
    release();
    expect(await first).toBe('läst');
    expect(action.busy).toBeNull();
  });

  test('a failure gives undefined and a notice saying what went wrong', async () => {
    const action = new OneAction<'read'>();
    expect(await action.run('read', () => Promise.reject(new Error('disken är full')))).toBeUndefined();
    expect(notices.items.map((notice) => notice.message)).toEqual(['Ett oväntat fel inträffade: disken är full']);
    expect(action.busy).toBeNull();
  });
});
