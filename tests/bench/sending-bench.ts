// "Skicka in" figures for the 100-question report: from pressing the button to the version
// durable in the outbox, and from the receiver coming up to a waiting version sent.
import { join } from 'node:path';
import { createServices, type Services } from '../../src-main/services.ts';
import { DOCUMENT_WORKER } from '../support/preview.ts';
import { largeReport } from '../support/reports.ts';
import { startTestReceiver, waitFor } from '../support/sending.ts';
import { makeTempFolder } from '../support/temp-folder.ts';
import { median, ms, percentile, type BenchRow } from './measure.ts';
import { freePort } from '../support/ports.ts';

const RUNS = 9;

async function readyLargeReport(services: Services): Promise<string> {
  const created = await services.store.create({ committee: 'Kulturnämnden: kulturförvaltningen', period: 'T2', year: 2026 });
  await services.store.save({ ...largeReport(), id: created.id, period: 'T2', year: 2026, submissions: [] });
  return created.id;
}

export async function benchSending(): Promise<BenchRow[]> {
  const folder = await makeTempFolder('rapport-bench-send-');
  const port = await freePort();

  // The first document of a session starts the document worker.
  const cold = createServices({ dataFolder: join(folder.path, 'cold'), documentWorkerPath: DOCUMENT_WORKER });
  await cold.settings.save({ receiverUrl: `http://127.0.0.1:${port}/inlamning`, contactDefaults: {} });
  const coldReport = await readyLargeReport(cold);
  const coldStart = performance.now();
  await cold.outbox.submit(coldReport, false);
  const coldTime = performance.now() - coldStart;
  await cold.close();

  const services = createServices({ dataFolder: join(folder.path, 'app'), documentWorkerPath: DOCUMENT_WORKER });
  await services.settings.save({ receiverUrl: `http://127.0.0.1:${port}/inlamning`, contactDefaults: {} });
  const reportId = await readyLargeReport(services);
  await services.exports.exportDocx(reportId);
  const queueTimes: number[] = [];
  const sendTimes: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const pressed = performance.now();
    const queued = await services.outbox.submit(reportId, false);
    queueTimes.push(performance.now() - pressed);

    // The receiver is down for a while (the version waits), then comes up.
    await waitFor(
      async () => ((await services.outbox.list()).find((item) => item.id === queued.id)?.state === 'failing' ? true : undefined),
      'a failed attempt',
    );
    await new Promise((done) => setTimeout(done, 3_000));
    const receiver = await startTestReceiver(join(folder.path, 'receiver'), port);
    const up = performance.now();
    await waitFor(
      async () => ((await services.outbox.list()).find((item) => item.id === queued.id)?.state === 'sent' ? true : undefined),
      'the receipt',
      30_000,
    );
    sendTimes.push(performance.now() - up);
    await receiver.close();
  }
  await services.close();
  await folder.remove();
  const queued = median(queueTimes);
  const sent = median(sendTimes);
  return [
    {
      measure: '"Skicka in" to durable in the outbox',
      median: ms(queued),
      tail: `p95 ${ms(percentile(queueTimes, 0.95))}`,
      target: 'median ≤ 500 ms',
      ok: queued <= 500,
    },
    { measure: '  the first in a session (worker starts)', median: ms(coldTime), tail: '-', target: '≤ 500 ms', ok: coldTime <= 500 },
    {
      measure: 'waiting version sent after receiver is up',
      median: ms(sent),
      tail: `p95 ${ms(percentile(sendTimes, 0.95))}`,
      target: 'median ≤ 2 s',
      ok: sent <= 2_000,
    },
  ];
}
