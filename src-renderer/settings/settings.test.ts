import { afterEach, describe, expect, test } from 'vitest';
import { freePort } from '../../tests/support/ports.ts';
import { notices } from '../shared/notices.svelte.ts';
import { fieldProblem, settings } from './settings.svelte.ts';

afterEach(() => {
  notices.items = [];
});

describe('Inställningar', () => {
  test("each field is checked as typed, by the main process's rules, in Swedish; an empty field is no problem", () => {
    expect(fieldProblem('receiverUrl', '')).toBeUndefined();
    expect(fieldProblem('receiverUrl', 'http://rapporter.stockholm.se/inlamning')).toMatch(/måste börja med https:\/\//);
    expect(fieldProblem('receiverUrl', 'https://rapporter.stockholm.se/inlamning')).toBeUndefined();
    expect(fieldProblem('email', 'moa.almerud')).toMatch(/e-postadress/);
    expect(fieldProblem('phone', 'vad som helst')).toBeUndefined();
  });

  test('nothing is saved while a field has a problem; once fixed, the values are kept and read back', async () => {
    await settings.load();
    expect(settings.view).not.toBeNull();
    settings.draft.receiverUrl = 'http://rapporter.stockholm.se/inlamning';
    settings.draft.contactPerson = 'Moa Almerud';
    expect(settings.firstProblem).toBe('receiverUrl');
    expect(await settings.save()).toBeUndefined();

    settings.draft.receiverUrl = 'https://rapporter.stockholm.se/inlamning';
    expect(settings.firstProblem).toBeUndefined();
    const saved = await settings.save();
    expect(notices.items.find((notice) => notice.id === saved)?.message).toBe('Inställningarna sparades.');

    settings.draft.contactPerson = 'ändrat men inte sparat';
    await settings.load();
    expect(settings.draft.receiverUrl).toBe('https://rapporter.stockholm.se/inlamning');
    expect(settings.draft.contactPerson).toBe('Moa Almerud');
  });

  test('"Testa anslutningen" to a receiver that is down says so in Swedish', async () => {
    await settings.load();
    const port = await freePort();
    settings.draft.receiverUrl = `http://127.0.0.1:${port}/inlamning`;
    await settings.testConnection();
    expect(settings.testing).toBe(false);
    expect(settings.connectionTest?.ok).toBe(false);
    expect(settings.connectionTest?.message).toMatch(new RegExp(`Mottagaren 127\\.0\\.0\\.1:${port} svarar inte`));
  });
});
