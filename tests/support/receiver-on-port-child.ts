// The real receiver on a given port, without sender keys, killing itself with SIGKILL when
// storing a version reaches the given step; for the outbox's crash test, whose app keeps
// sending to the same address while the receiver is restarted.
//   node --import tsx tests/support/receiver-on-port-child.ts <data> <port> <step>
import { startReceiver } from '../../src-main/receiver/server.ts';
import { DOCUMENT_WORKER } from './preview.ts';

const [dataFolder, port, crashStep] = process.argv.slice(2);
if (dataFolder === undefined || port === undefined || crashStep === undefined) throw new Error('usage: receiver-on-port-child <data> <port> <step>');

const receiver = await startReceiver({
  dataFolder,
  port: Number(port),
  requireKeys: false,
  documentWorkerPath: DOCUMENT_WORKER,
  log: () => undefined,
  onStep: async (step) => {
    if (step !== crashStep) return;
    process.kill(process.pid, 'SIGKILL');
    await new Promise(() => undefined);
  },
});
process.stdout.write(`${receiver.url}\n`);
