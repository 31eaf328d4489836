import { flushSync, mount, unmount } from 'svelte';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { api } from './api.ts';
import { BusyAction } from './busy-action.svelte.ts';
import NoticeList from './NoticeList.svelte';
import { noticeElementId, notices } from './notices.svelte.ts';

let list: ReturnType<typeof mount> | undefined;

beforeEach(() => {
  document.body.innerHTML = '<button id="export">Exportera till Word</button><div id="notices"></div>';
  // The notices as the app draws them, so a notice can take the focus.
  list = mount(NoticeList, { target: document.getElementById('notices')! });
});

afterEach(() => {
  if (list) void unmount(list);
  notices.items = [];
  document.body.innerHTML = '';
});

/** A disabled button drops the focus to the page, as the browser does while the action runs. */
function pressAndDisable(): HTMLElement {
  const button = document.getElementById('export')!;
  button.focus();
  return button;
}

describe('BusyAction', () => {
  test('busy while the action runs; the focus goes back to the pressed button once it is over', async () => {
    const button = pressAndDisable();
    const action = new BusyAction();
    let busyMeanwhile = false;
    await action.run(async () => {
      busyMeanwhile = action.busy;
      button.blur();
    });
    expect(busyMeanwhile).toBe(true);
    expect(action.busy).toBe(false);
    expect(document.activeElement).toBe(button);
  });

  test('a failure from the services is told in Swedish, in a notice that takes the focus', async () => {
    const button = pressAndDisable();
    const action = new BusyAction();
    await action.run(async () => {
      button.blur();
      await api['reports:open']({ id: crypto.randomUUID() });
    });
    flushSync();
    expect(action.busy).toBe(false);
    const [failure] = notices.items;
    expect(failure?.kind).toBe('error');
    expect(failure?.message).toMatch(/^Rapporten finns inte längre i Mina rapporter/);
    expect(document.activeElement?.id).toBe(noticeElementId(failure?.id ?? 0));
  });

  test('where the action moved the focus itself, it stays there', async () => {
    const button = pressAndDisable();
    document.body.insertAdjacentHTML('beforeend', '<input id="elsewhere">');
    await new BusyAction().run(async () => {
      button.blur();
      document.getElementById('elsewhere')?.focus();
    });
    expect(document.activeElement?.id).toBe('elsewhere');
  });
});
