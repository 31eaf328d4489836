import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contract } from '../../src-main/ipc/contract.ts';
import { CHANNELS } from '../../src-main/ipc/channels.ts';
import { dispatch } from '../../src-main/ipc/dispatch.ts';
import { createServices } from '../../src-main/services.ts';
import { SECRET_HEADER } from '../../src-main/preview/server.ts';
import { DOCUMENT_WORKER, startPreview, type RunningPreview } from '../support/preview.ts';
import { makeTempFolder } from '../support/temp-folder.ts';

describe('dispatch', () => {
  test('the list of channel names is the contract', () => {
    expect([...CHANNELS].sort()).toEqual(Object.keys(contract).sort());
  });

  test('an unknown call, bad input and extra keys are refused in Swedish; nothing is written', async () => {
    const folder = await makeTempFolder();
    const { handlers, store } = createServices({ dataFolder: folder.path, documentWorkerPath: DOCUMENT_WORKER });
    expect(await dispatch(handlers, 'fs:readFile', {})).toMatchObject({ ok: false, error: { code: 'invalid-request', message: 'Okänd begäran.' } });
    expect(await dispatch(handlers, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await dispatch(handlers, 'reports:create', { committee: 'K', period: 'T9', year: 2022 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringMatching(/^Uppgifterna kunde inte tas emot/) },
    });
    expect(await dispatch(handlers, 'reports:open', { id: '../../x' })).toMatchObject({ ok: false });
    expect(await dispatch(handlers, 'reports:list', { extra: 1 })).toMatchObject({ ok: false });
    expect((await store.list()).reports).toEqual([]);
    await folder.remove();
  });

  test('a call that fails in the store comes back with its message', async () => {
    const folder = await makeTempFolder();
    const { handlers } = createServices({ dataFolder: folder.path, documentWorkerPath: DOCUMENT_WORKER });
    const result = await dispatch(handlers, 'reports:open', { id: '00000000-0000-4000-8000-000000000000' });
    expect(result).toEqual({ ok: false, error: { name: 'AppError', code: 'not-found', message: expect.stringContaining('finns inte längre') } });
    await folder.remove();
  });
});

describe('preview server', () => {
  let preview: RunningPreview;
  beforeAll(async () => {
    preview = await startPreview();
  });
  afterAll(async () => {
    await preview.stop();
  });

  function call(channel: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${preview.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  }

  test('prints a URL on 127.0.0.1 that carries the secret in its fragment', () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#secret=[A-Za-z0-9_-]{20,}$/);
  });

  test('a call without the secret, or with a wrong one, is refused', async () => {
    expect((await call('reports:list', {})).status).toBe(403);
    expect((await call('reports:list', {}, { [SECRET_HEADER]: 'gissning' })).status).toBe(403);
    const allowed = await call('reports:list', {}, { [SECRET_HEADER]: preview.secret });
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toEqual({ ok: true, value: { reports: [], unavailable: [], notices: [] } });
  });

  test('a request for another host name (DNS rebinding) is refused', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${preview.origin}/`, { headers: { host: 'evil.example:80' } }, (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });

  test('serves the renderer with the CSP, and nothing outside its folder', async () => {
    const page = await fetch(`${preview.origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await fetch(`${preview.origin}/..%2f..%2fpackage.json`)).status).toBe(404);
    expect((await fetch(`${preview.origin}/%2e%2e/%2e%2e/package.json`)).status).toBe(404);
  });
});
