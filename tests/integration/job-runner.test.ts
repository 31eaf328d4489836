// The worker mechanism's own rules, with a stand-in worker: each kind runs in the lane its
// feature declared; a read that keeps the worker busy costs only its own answer; the limit
// counts a job's own time, never the time it waited behind another; the jobs waiting behind
// it run on a new worker; a write is never cut short by the read's limit; an error crosses the
// thread with its code and Swedish message.
import { resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { AppError } from '../../src-main/errors/app-error.ts';
import { createJobRunner } from '../../src-main/worker/job-runner.ts';
import type { JobRunner } from '../../src-main/worker/jobs.ts';

const SLOW_WORKER = resolve(import.meta.dirname, '../support/slow-worker.cjs');

interface TestJobs {
  read: { input: { name: string }; output: { name: string; kind: string } };
  write: { input: { name: string }; output: { name: string; kind: string } };
}

let runner: JobRunner<TestJobs>;
afterEach(async () => {
  await runner.close();
});

function startRunner(readTimeoutMs: number): JobRunner<TestJobs> {
  runner = createJobRunner<TestJobs>(SLOW_WORKER, { read: 'read', write: 'write' }, { readTimeoutMs });
  return runner;
}

describe('a read past its time limit', () => {
  test('is refused with a Swedish message; the jobs before and after it are answered', async () => {
    startRunner(300);
    // "later" takes 200 ms of a 300 ms limit; the one holding the thread comes after it.
    const later = runner.run('read', { name: 'later' });
    const slow = runner.run('read', { name: 'slow' });
    const others = ['a.docx', 'b.docx', 'c.eml'].map((name) => runner.run('read', { name }));
    expect(await later).toEqual({ name: 'later', kind: 'read' });
    await expect(slow).rejects.toThrow(/tog för lång tid att läsa \(mer än 0\.3 sekunder\)/);
    expect((await Promise.all(others)).map((answer) => answer.name)).toEqual(['a.docx', 'b.docx', 'c.eml']);
    expect(await runner.run('read', { name: 'd.json' })).toEqual({ name: 'd.json', kind: 'read' });
  });

  test('jobs waiting in line are not timed while they wait', async () => {
    startRunner(300);
    // Three jobs of 200 ms each: 600 ms in all, each within its own 300 ms.
    const answers = await Promise.all([1, 2, 3].map(() => runner.run('read', { name: 'later' })));
    expect(answers).toHaveLength(3);
  });
});

describe('lanes', () => {
  test('a write is not held to the read limit, and runs beside a read that holds its worker', async () => {
    startRunner(100);
    const slowRefused = expect(runner.run('read', { name: 'slow' })).rejects.toThrow(/tog för lång tid att läsa/);
    // 200 ms is twice the read limit; on the write lane it is answered.
    expect(await runner.run('write', { name: 'later' })).toEqual({ name: 'later', kind: 'write' });
    await slowRefused;
  });

  test("an error in the worker reaches the caller as the app's error, with its code", async () => {
    startRunner(1_000);
    const failure = runner.run('read', { name: 'fails' });
    await expect(failure).rejects.toSatisfy((error) => error instanceof AppError && error.code === 'corrupt' && error.message === 'Filen är skadad.');
    expect(await runner.run('read', { name: 'after' })).toEqual({ name: 'after', kind: 'read' });
  });

  test("a read that takes more memory than the lane allows ends its worker, is told it is the document's doing, and the next read is answered", async () => {
    runner = createJobRunner<TestJobs>(SLOW_WORKER, { read: 'read', write: 'write' }, { readTimeoutMs: 20_000, readMemoryMb: 32 });
    const hog = runner.run('read', { name: 'hog' });
    await expect(hog).rejects.toSatisfy(
      (error) => error instanceof AppError && error.code === 'invalid-request' && error.message.includes('krävde mer minne än tillåtet (32 MB)'),
    );
    expect(await runner.run('read', { name: 'after' })).toEqual({ name: 'after', kind: 'read' });
  });

  test('closing the runner tells the jobs still waiting', async () => {
    startRunner(1_000);
    const refused = expect(runner.run('write', { name: 'later' })).rejects.toThrow('Word-hanteringen stängdes.');
    await runner.close();
    await refused;
  });
});
