// The app's services in a process of their own, for the crash tests: "Skicka in" for one
// report (or, with "resume", only what the outbox already holds), killed with SIGKILL at the
// named step of sending. Prints "queued" once the version is durable in the outbox.
import { createServices } from '../../src-main/services.ts';
import { DOCUMENT_WORKER } from './preview.ts';

const [dataFolder, reportId, crashAt] = process.argv.slice(2);
if (dataFolder === undefined || reportId === undefined || crashAt === undefined) throw new Error('usage: outbox-child <data> <report id|resume> <step>');

const services = createServices({
  dataFolder,
  documentWorkerPath: DOCUMENT_WORKER,
  onStep: (step) => {
    if (step === crashAt) process.kill(process.pid, 'SIGKILL');
  },
});
if (reportId !== 'resume') {
  await services.outbox.submit(reportId, false);
  process.stdout.write('queued\n');
}
// The outbox sends in the background; this process lives until it is killed.
setInterval(() => undefined, 1_000);
