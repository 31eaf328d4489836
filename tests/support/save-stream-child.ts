// Saves one report over and over, printing "ack N" once save N is durable. The parent test
// kills this process with SIGKILL at a random moment.
import { ReportStore } from '../../src-main/store/report-store.ts';

const [dataFolder, reportId] = process.argv.slice(2);
if (dataFolder === undefined || reportId === undefined) throw new Error('usage: save-stream-child <data> <id>');

const store = new ReportStore({ dataFolder });
const { report } = await store.open(reportId);
const padding = 'ö'.repeat(200_000);
for (let sequence = 1; ; sequence += 1) {
  await store.save({ ...report, otherInformation: `save ${sequence}\n${padding}` });
  process.stdout.write(`ack ${sequence}\n`);
}
