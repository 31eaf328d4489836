// One operation of the draft store in a process of its own, for the crash tests. It prints
// "step <name> <n>" at every step it passes, and kills itself with SIGKILL at the given
// occurrence of the given step; "done" if it got to the end.
//   node --import tsx tests/support/store-child.ts <data> <operation> <report id> [<step> <n>]
import { ReportStore } from '../../src-main/store/report-store.ts';

const [dataFolder, operation, reportId, crashStep, crashAt] = process.argv.slice(2);
if (dataFolder === undefined || operation === undefined || reportId === undefined) throw new Error('usage: store-child <data> <operation> <id> [<step> <n>]');

const seen = new Map<string, number>();
const store = new ReportStore({
  dataFolder,
  onStep: (step) => {
    const count = (seen.get(step) ?? 0) + 1;
    seen.set(step, count);
    process.stdout.write(`step ${step} ${count}\n`);
    if (step === crashStep && String(count) === crashAt) process.kill(process.pid, 'SIGKILL');
  },
});

switch (operation) {
  case 'save': {
    const { report } = await store.open(reportId);
    await store.save({ ...report, otherInformation: 'version 3' });
    break;
  }
  case 'trash':
    await store.moveToTrash(reportId);
    break;
  case 'restore':
    await store.restoreFromTrash(reportId);
    break;
  case 'duplicate':
    await store.duplicate(reportId, 'Kopia');
    break;
  case 'carry-over':
    await store.carryOver(reportId);
    break;
  default:
    throw new Error(`unknown operation ${operation}`);
}
process.stdout.write('done\n');
