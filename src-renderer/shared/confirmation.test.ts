import { describe, expect, test } from 'vitest';
import { confirmation } from './confirmation.svelte.ts';

const question = { heading: 'Ta bort fokusområde 2?', message: 'Frågorna tas bort.', confirmLabel: 'Ta bort fokusområdet' };

describe('confirmation', () => {
  test('the question is shown until answered; the answer is what the user chose', async () => {
    const asked = confirmation.ask(question);
    expect(confirmation.request).toMatchObject(question);
    confirmation.request?.answer(true);
    expect(await asked).toBe(true);
    expect(confirmation.request).toBeNull();

    const cancelled = confirmation.ask(question);
    confirmation.request?.answer(false);
    expect(await cancelled).toBe(false);
  });

  test('a new question while one is open answers the first "no": nothing is done without a yes', async () => {
    const first = confirmation.ask(question);
    const second = confirmation.ask({ ...question, heading: 'Ta bort fokusområde 3?' });
    expect(await first).toBe(false);
    expect(confirmation.request?.heading).toBe('Ta bort fokusområde 3?');
    confirmation.request?.answer(true);
    expect(await second).toBe(true);
  });

  test('a late answer to an earlier question neither answers nor takes away the question now open', async () => {
    const first = confirmation.ask(question);
    const firstRequest = confirmation.request;
    const second = confirmation.ask({ ...question, heading: 'Ta bort fokusområde 3?' });
    expect(await first).toBe(false);
    firstRequest?.answer(true);
    expect(confirmation.request?.heading).toBe('Ta bort fokusområde 3?');
    confirmation.request?.answer(true);
    expect(await second).toBe(true);
  });
});
