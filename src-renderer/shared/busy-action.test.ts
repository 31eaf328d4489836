import { afterEach, describe, expect, test } from 'vitest';
import { api } from './api.ts';
import { BusyAction } from './busy-action.svelte.ts';
import { noticeElementId, notices } from './notices.svelte.ts';

afterEach(() => {
  notices.items = [];
  document.body.innerHTML = '';
});

describe('BusyAction', () => {
  test('busy while the action runs; the focus goes back to the pressed button once it is over', async () => {
    document.body.innerHTML = '<button id="export">Exportera till Word</button>';
    const button = document.getElementById('export');
    button?.focus();
    const action = new BusyAction();
    let busyMeanwhile = false;
    await action.run(async () => {
      busyMeanwhile = action.busy;
      // A disabled button drops the focus to the page, as the browser does.
      button?.blur();
    });
    expect(busyMeanwhile).toBe(true);
    expect(action.busy).toBe(false);
    expect(document.activeElement).toBe(button);
  });

  test('a failure from the services is told in Swedish, in a notice that takes the focus', async () => {
    const action = new BusyAction();
    await action.run(async () => {
      await api['reports:open']({ id: crypto.randomUUID() });
    });
    expect(action.busy).toBe(false);
    const [failure] = notices.items;
    expect(failure?.kind).toBe('error');
    expect(failure?.message).toMatch(/Rapporten finns inte/);
    document.body.innerHTML = `<div id="${noticeElementId(failure?.id ?? 0)}" tabindex="-1"></div>`;
    await notices.focus(failure?.id ?? 0);
    expect(document.activeElement?.id).toBe(noticeElementId(failure?.id ?? 0));
  });
});
