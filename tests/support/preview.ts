// Starts the preview server in the test process with the real services over a fresh
// temporary data folder, so end-to-end tests drive the real UI and check the real files.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startPreviewServer, type PreviewServer } from '../../src-main/preview/server.ts';
import { createServices, type Services } from '../../src-main/services.ts';
import type { SecretStore } from '../../src-main/settings/secret-store.ts';
import { TEST_QUESTION_SETS } from './question-sets.ts';

export const RENDERER_FOLDER = resolve(import.meta.dirname, '../../dist/renderer');
export const DOCUMENT_WORKER = resolve(import.meta.dirname, '../../dist/main/document-worker.cjs');

export interface RunningPreview extends PreviewServer {
  dataFolder: string;
  services: Services;
  stop(): Promise<void>;
}

/** `secrets`: where the sender key is kept (the app's safeStorage cannot run here; see windows-secrets.ts). */
export async function startPreview(dataFolder?: string, { secrets }: { secrets?: SecretStore } = {}): Promise<RunningPreview> {
  const folder = dataFolder ?? (await mkdtemp(join(tmpdir(), 'rapport-e2e-')));
  const services = createServices({
    dataFolder: folder,
    documentWorkerPath: DOCUMENT_WORKER,
    questionSets: TEST_QUESTION_SETS,
    ...(secrets ? { secrets } : {}),
  });
  const server = await startPreviewServer({ handlers: services.handlers, rendererFolder: RENDERER_FOLDER, port: 0 });
  return {
    ...server,
    dataFolder: folder,
    services,
    stop: async () => {
      // The page may still be saving: no more calls first, then the services, then the folder.
      await server.close();
      await services.close();
      // A write the services finished while the folder was being removed leaves it not empty once.
      if (dataFolder === undefined) await rm(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    },
  };
}
