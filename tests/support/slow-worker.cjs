// A stand-in document worker for the runner's own rules. A job named "slow" never ends and
// holds the thread (a hostile file keeping the worker busy); one named "later" is answered
// after a pause, as a job that awaits something is; every other job is answered at once.
const { parentPort } = require('node:worker_threads');

const answer = (job) => parentPort.postMessage({ id: job.id, ok: true, kind: job.kind, result: { parts: [{ name: job.name, problem: 'svar' }] } });

parentPort.on('message', (job) => {
  if (job.name === 'slow') for (;;);
  if (job.name === 'later') setTimeout(() => answer(job), 200);
  else answer(job);
});
