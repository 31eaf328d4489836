import { afterEach, describe, expect, test } from 'vitest';
import { noticeElementId, notices } from './notices.svelte.ts';

/** The notices as NoticeList draws them, each focusable, under the screen's heading. */
function drawNotices(): void {
  document.body.innerHTML = `<main><h1>Mina rapporter</h1>${notices.items.map((notice) => `<div id="${noticeElementId(notice.id)}" tabindex="-1">${notice.message}</div>`).join('')}</main>`;
}

afterEach(() => {
  notices.items = [];
  document.body.innerHTML = '';
});

describe('notices', () => {
  test('info and error are listed in the order they came, each with an id of its own', () => {
    const first = notices.info('Rapporten återställdes.');
    const second = notices.error('Filen kunde inte läsas.');
    expect(second).not.toBe(first);
    expect(notices.items.map((notice) => [notice.kind, notice.message])).toEqual([
      ['info', 'Rapporten återställdes.'],
      ['error', 'Filen kunde inte läsas.'],
    ]);
  });

  test('the same news again replaces the notice already shown; a failure told twice is kept twice', () => {
    notices.info('Inställningarna sparades.');
    notices.error('Filen kunde inte läsas.');
    const again = notices.info('Inställningarna sparades.');
    notices.error('Filen kunde inte läsas.');
    expect(notices.items.map((notice) => notice.message)).toEqual(['Filen kunde inte läsas.', 'Inställningarna sparades.', 'Filen kunde inte läsas.']);
    expect(notices.items[1]?.id).toBe(again);
  });

  test('"×" moves the focus to the notice after, else the one before, else the heading', async () => {
    const [first, second, third] = [notices.info('Ett'), notices.info('Två'), notices.info('Tre')];
    drawNotices();
    await notices.close(second);
    expect(document.activeElement?.id).toBe(noticeElementId(third));
    drawNotices();
    await notices.close(third);
    expect(document.activeElement?.id).toBe(noticeElementId(first));
    drawNotices();
    await notices.close(first);
    expect(notices.items).toEqual([]);
    expect(document.activeElement?.tagName).toBe('H1');
    // The heading was made focusable for this, not for Tab.
    expect(document.activeElement?.getAttribute('tabindex')).toBe('-1');
  });

  test('focus() puts the focus on the notice once it is drawn', async () => {
    const id = notices.error('Det gick inte att spara.');
    drawNotices();
    await notices.focus(id);
    expect(document.activeElement?.id).toBe(noticeElementId(id));
  });
});
