// A stand-in worker for the job runner's own rules, speaking the runner's messages
// ({id, kind, input} in, {id, ok, output} out). A job named "slow" never ends and holds the
// thread (a hostile file keeping the worker busy); one named "later" is answered after a
// pause, as a job that awaits something is; "fails" is answered with the app's error; "hog"
// takes memory until the worker's limit ends it; every
// other job is answered at once with the name it was given.
const { parentPort } = require('node:worker_threads');

const answer = (job) => parentPort.postMessage({ id: job.id, ok: true, output: { name: job.input.name, kind: job.kind } });

parentPort.on('message', (job) => {
  if (job.input.name === 'slow') for (;;);
  if (job.input.name === 'hog') {
    const hoard = [];
    for (;;) hoard.push(Array.from({ length: 100_000 }, (_, index) => ({ index })));
  }
  if (job.input.name === 'fails') parentPort.postMessage({ id: job.id, ok: false, code: 'corrupt', message: 'Filen är skadad.' });
  else if (job.input.name === 'later') setTimeout(() => answer(job), 200);
  else answer(job);
});
