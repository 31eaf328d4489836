// No schema library's words ever reach the user: every call of the contract, fed input of the
// wrong shape, answers in Swedish, naming the field.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHANNELS } from '../../src-main/ipc/channels.ts';
import { dispatch } from '../../src-main/ipc/dispatch.ts';
import { createServices, type Services } from '../../src-main/services.ts';
import { DOCUMENT_WORKER } from '../support/preview.ts';
import { sampleReport } from '../support/reports.ts';
import { makeTempFolder } from '../support/temp-folder.ts';

const ENGLISH = /\b(expected|received|invalid|input|string|number|boolean|object|array|must|too|small|big|required|unrecognized|keys?|undefined|null|NaN)\b/i;

const BAD_INPUTS: unknown[] = [
  null,
  42,
  'text',
  [],
  { unknown: 1 },
  { id: 5 },
  { id: 'inte-ett-id' },
  { committee: 7, period: 'T9', year: 'abc' },
  { committee: 'K', period: 'T1', year: 1850 },
  { report: { ...sampleReport(), year: 'tvåtusen' } },
  { report: { ...sampleReport(), header: { ...sampleReport().header, email: 5 } } },
  { settings: { receiverUrl: 5, contactDefaults: {} } },
  { token: 'x', period: 'T4' },
  { entryId: 'nej' },
  { fileName: 'a.docx', dataBase64: '***' },
  { path: '' },
  { id: '00000000-0000-4000-8000-000000000000', sendDespiteFindings: 'ja' },
];

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let services: Services;

beforeAll(async () => {
  folder = await makeTempFolder('rapport-swedish-');
  services = createServices({ dataFolder: folder.path, documentWorkerPath: DOCUMENT_WORKER });
});
afterAll(async () => {
  await services.close();
  await folder.remove();
});

describe('every call, fed the wrong input', () => {
  test.each([...CHANNELS])('%s answers in Swedish', async (channel) => {
    const messages: string[] = [];
    for (const input of BAD_INPUTS) {
      const envelope = await dispatch(services.handlers, channel, input);
      if (!envelope.ok) messages.push(envelope.error.message);
    }
    // Most of these inputs are wrong for every call.
    expect(messages.length).toBeGreaterThanOrEqual(BAD_INPUTS.length - 3);
    for (const message of messages) {
      expect(message, message).not.toMatch(ENGLISH);
      expect(message).toMatch(/[åäö]|Uppgifterna|Rapporten|Importen|Filen|Den filen/);
    }
  });

  test('the message names the field: a year that is not one', async () => {
    const envelope = await dispatch(services.handlers, 'reports:create', { committee: 'K', period: 'T1', year: 1850 });
    expect(envelope).toEqual({
      ok: false,
      error: { name: 'AppError', code: 'invalid-request', message: 'Uppgifterna kunde inte tas emot: budgetåret ska vara ett årtal mellan 2000 och 2100.' },
    });
  });
});
