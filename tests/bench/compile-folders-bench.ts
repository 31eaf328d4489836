// "Sammanställning" from end to end, as the app runs it: 45 organisations' reports read from
// the receiver's folder and a folder of e-mailed files (every shape they arrive in), settled,
// and the compiled document written; for a typical period (5 questions of 1,500 characters
// each) and a heavy one (100 questions of 3,000), with the main event loop watched meanwhile.
import { join } from 'node:path';
import { organisationList } from '../../src-main/coordinator/organisation-list.ts';
import { scanSources } from '../../src-main/compile/scan-sources.ts';
import { toCompilation } from '../../src-main/compile/to-compilation.ts';
import { createDocumentRunner, type DocumentRunner } from '../../src-main/services.ts';
import { DOCUMENT_WORKER } from '../support/preview.ts';
import { generateReceivedFolders } from '../support/received-folders.ts';
import { makeTempFolder } from '../support/temp-folder.ts';
import { longestLoopBlock } from './loop-block.ts';
import { median, ms, type BenchRow } from './measure.ts';

const TYPICAL_RUNS = 10;
const LARGE_RUNS = 3;

async function readAndCompile(runner: DocumentRunner, folders: string[], output: string): Promise<number> {
  const rules = { period: { period: 'T2', year: 2026 } as const, organisations: organisationList([]), assignments: new Map<string, string>(), now: new Date() };
  const { outcome } = await scanSources({ folders }, rules, runner);
  const received = outcome.scan.organisations.filter((organisation) => organisation.counted !== undefined).length;
  await runner.run('write-compilation', { compilation: toCompilation(outcome, new Date()), outputPath: output });
  return received;
}

export async function benchCompileFromFolders(): Promise<BenchRow[]> {
  const temp = await makeTempFolder('rapport-bench-folders-');
  const typical = await generateReceivedFolders(join(temp.path, 'typisk'), { questionsPerReport: 5, answerLength: 1_500 });
  const large = await generateReceivedFolders(join(temp.path, 'stor'), { questionsPerReport: 100, answerLength: 3_000 });
  const runner = createDocumentRunner(DOCUMENT_WORKER);
  const output = join(temp.path, 'sammanställning.docx');
  const typicalFolders = [typical.receiverData, typical.mailFolder];
  const largeFolders = [large.receiverData, large.mailFolder];

  // The first run starts the worker, as the first compilation in a session does.
  const received = await readAndCompile(runner, typicalFolders, output);
  if (received !== typical.sent.size) throw new Error(`only ${received} of ${typical.sent.size} reports were read`);
  const typicalTimes: number[] = [];
  for (let run = 0; run < TYPICAL_RUNS; run += 1) {
    const start = performance.now();
    await readAndCompile(runner, typicalFolders, output);
    typicalTimes.push(performance.now() - start);
  }
  const largeTimes: number[] = [];
  const blocks: number[] = [];
  for (let run = 0; run < LARGE_RUNS; run += 1) {
    const start = performance.now();
    blocks.push(await longestLoopBlock(() => readAndCompile(runner, largeFolders, output)));
    largeTimes.push(performance.now() - start);
  }
  await runner.close();
  await temp.remove();

  const typicalTime = median(typicalTimes);
  const largeTime = median(largeTimes);
  const block = median(blocks);
  return [
    {
      measure: 'Sammanställning: 45 typical reports read from folders and compiled',
      median: ms(typicalTime),
      tail: `max ${ms(Math.max(...typicalTimes))}`,
      target: '≤ 1 s',
      ok: typicalTime <= 1_000,
    },
    {
      measure: 'Sammanställning: 45 × 100 questions × 3,000 chars read and compiled',
      median: ms(largeTime),
      tail: `max ${ms(Math.max(...largeTimes))}`,
      target: '≤ 15 s',
      ok: largeTime <= 15_000,
    },
    {
      measure: '  longest main-loop block meanwhile',
      median: ms(block),
      tail: `max ${ms(Math.max(...blocks))}`,
      target: '≤ 50 ms',
      ok: block <= 50,
    },
  ];
}
