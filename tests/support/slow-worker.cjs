// A stand-in document worker for the runner's own rules: a job named "slow" never ends (a
// hostile file keeping the worker busy); every other job is answered at once with its name.
const { parentPort } = require('node:worker_threads');

parentPort.on('message', (job) => {
  if (job.name === 'slow') return;
  parentPort.postMessage({ id: job.id, ok: true, kind: job.kind, result: { parts: [{ name: job.name, problem: 'svar' }] } });
});
