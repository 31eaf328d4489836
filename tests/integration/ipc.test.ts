import type { Socket } from 'node:net';
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

  test('a channel that is not valid percent-encoding gets 400, not an error from inside', async () => {
    const response = await call('%E0%A4%A', {}, { [SECRET_HEADER]: preview.secret });
    expect(response.status).toBe(400);
    expect(await response.text()).toBe('Ogiltig adress');
  });

  test('large bodies are read two at a time; a third waits, and small calls never do', async () => {
    const { connect } = await import('node:net');
    const { port } = new URL(preview.origin);
    const declared = 60 * 1024 * 1024;
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    /** Starts an upload and writes until the server stops taking bytes; resolves with how much it took. */
    function upload(): { accepted: Promise<number>; socket: Socket } {
      const socket = connect(Number(port), '127.0.0.1');
      socket.write(
        `POST /api/import:inspect HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\ncontent-type: application/json\r\n${SECRET_HEADER}: ${preview.secret}\r\ncontent-length: ${declared}\r\n\r\n`,
      );
      const accepted = new Promise<number>((resolve) => {
        let written = 0;
        const pump = (): void => {
          while (written < 30 * 1024 * 1024) {
            written += chunk.length;
            if (!socket.write(chunk)) {
              const stalled = setTimeout(() => resolve(written), 500);
              socket.once('drain', () => {
                clearTimeout(stalled);
                pump();
              });
              return;
            }
          }
          resolve(written);
        };
        pump();
      });
      return { accepted, socket };
    }
    const first = upload();
    const second = upload();
    const [a, b] = await Promise.all([first.accepted, second.accepted]);
    const third = upload();
    const thirdTook = await third.accepted;
    const small = await call('reports:list', {}, { [SECRET_HEADER]: preview.secret });
    expect(small.status).toBe(200);
    expect(a).toBe(30 * 1024 * 1024);
    expect(b).toBe(30 * 1024 * 1024);
    expect(thirdTook).toBeLessThan(20 * 1024 * 1024);
    for (const { socket } of [first, second, third]) socket.destroy();
  });
});
