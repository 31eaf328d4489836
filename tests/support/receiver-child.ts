// Runs the real receiver on a data folder and kills itself with SIGKILL (no cleanup, no
// flushing: as a crash or a pulled plug would stop it, as far as the process goes) when
// storing a version reaches the given step. Prints the submission URL first, as the
// receiver's own command line does.
//   node --import tsx tests/support/receiver-child.ts <data> <step>
import { startReceiver } from '../../src-main/receiver/server.ts';
import { RECEIVER_DOCUMENT_WORKER } from './receiver-client.ts';

const [dataFolder, crashStep] = process.argv.slice(2);
if (dataFolder === undefined || crashStep === undefined) throw new Error('usage: receiver-child <data> <step>');

const receiver = await startReceiver({
  dataFolder,
  port: 0,
  requireKeys: true,
  documentWorkerPath: RECEIVER_DOCUMENT_WORKER,
  log: () => {},
  onStep: async (step) => {
    if (step !== crashStep) return;
    process.kill(process.pid, 'SIGKILL');
    // Nothing after the signal may run, however long it takes to arrive.
    await new Promise(() => {});
  },
});
process.stdout.write(`${receiver.url}\n`);
