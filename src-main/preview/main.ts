// `npm run preview -- --data <dir> --port <port> [--question-sets <file.json>]`: serves the
// built renderer (npm builds it first) with the real services, and the app's bundled question
// sets or those in the file (a list of sets, as tests/fixtures/question-sets.json). The first
// line printed is the URL to open; everything else goes to stderr.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BUNDLED_QUESTION_SETS } from '../form/bundled-question-sets.ts';
import { questionSetListSchema, type QuestionSet } from '../form/form-set.ts';
import { createServices } from '../services.ts';
import { startPreviewServer } from './server.ts';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const RENDERER_OUTPUT = resolve(PROJECT_ROOT, 'dist/renderer');
const DOCUMENT_WORKER = resolve(PROJECT_ROOT, 'dist/main/document-worker.cjs');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      port: { type: 'string', default: '0' },
      'question-sets': { type: 'string' },
    },
  });
  if (values.data === undefined) {
    console.error('Ange en datamapp: npm run preview -- --data <mapp> --port <port>');
    process.exit(2);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Ogiltig port: ${values.port}`);
    process.exit(2);
  }

  const questionSets = values['question-sets'] === undefined ? BUNDLED_QUESTION_SETS : await questionSetsIn(resolve(values['question-sets']));
  const services = createServices({ dataFolder: resolve(values.data), documentWorkerPath: DOCUMENT_WORKER, questionSets });
  const preview = await startPreviewServer({ handlers: services.handlers, rendererFolder: RENDERER_OUTPUT, port });
  process.stdout.write(`${preview.url}\n`);
  console.error(`Data: ${resolve(values.data)}. Avsluta med Ctrl+C.`);

  const stop = async (): Promise<void> => {
    await services.close();
    await preview.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

async function questionSetsIn(path: string): Promise<readonly QuestionSet[]> {
  const parsed = questionSetListSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) throw new Error(`Frågeuppsättningarna i ${path} går inte att läsa: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
