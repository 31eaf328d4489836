// The renderer's state modules under test talk to the real services, as in the app: this
// setup file gives each test file a `window.bridge` over the real dispatcher and a fresh data
// folder, copying every value across as Electron's IPC does (structured clone). It runs
// before the test file's imports, so `shared/api.ts` finds the bridge when it is loaded.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { BridgeApi } from '../../src-main/ipc/contract.ts';
import { dispatch } from '../../src-main/ipc/dispatch.ts';
import { createServices } from '../../src-main/services.ts';
import { DOCUMENT_WORKER } from './preview.ts';
import { TEST_QUESTION_SETS } from './question-sets.ts';

const dataFolder = await mkdtemp(join(tmpdir(), 'rapport-renderer-'));
const services = createServices({ dataFolder, documentWorkerPath: DOCUMENT_WORKER, questionSets: TEST_QUESTION_SETS });

(window as Window & { bridge?: BridgeApi }).bridge = new Proxy({} as BridgeApi, {
  // A test may put its own function in for a call (to count it): that one is used instead.
  get: (target, channel: string) => {
    if (Object.hasOwn(target, channel)) return Reflect.get(target, channel) as unknown;
    if (channel === 'onFlushRequest') return () => undefined;
    return async (input: unknown) => structuredClone(await dispatch(services.handlers, channel, structuredClone(input)));
  },
});

// Chromium (and so Electron) has requestIdleCallback; happy-dom does not. Here "idle" is the
// next turn of the event loop, which is when a test that waits for it looks.
if (!('requestIdleCallback' in window)) {
  Object.assign(window, {
    requestIdleCallback: (callback: IdleRequestCallback): number => window.setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 50 })),
    cancelIdleCallback: (handle: number): void => window.clearTimeout(handle),
  });
}

afterAll(async () => {
  await services.close();
  await rm(dataFolder, { recursive: true, force: true });
});
