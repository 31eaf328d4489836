// Import figures: reading the Word export of the large report back (through the worker, as
// the app does), and starting the next period's report from it.
import { renderDocx } from '../../src-main/docx/write-docx.ts';
import { carryOverReport } from '../../src-main/report/create.ts';
import { createServices } from '../../src-main/services.ts';
import { DOCUMENT_WORKER } from '../support/preview.ts';
import { largeReport } from '../support/reports.ts';
import { makeTempFolder } from '../support/temp-folder.ts';
import { median, ms, percentile, type BenchRow } from './measure.ts';

const RUNS = 15;

export async function benchImport(): Promise<BenchRow[]> {
  const folder = await makeTempFolder('rapport-bench-import-');
  const services = createServices({ dataFolder: folder.path, documentWorkerPath: DOCUMENT_WORKER });
  const report = largeReport();
  const docx = await renderDocx(report);

  await services.imports.inspect('rapport.docx', docx); // starts the worker
  const imports: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    await services.imports.inspect('rapport.docx', docx);
    imports.push(performance.now() - start);
  }

  const carryOvers: number[] = [];
  for (let run = 0; run < RUNS * 4; run += 1) {
    const start = performance.now();
    carryOverReport(report, new Date());
    carryOvers.push(performance.now() - start);
  }
  await services.close();
  await folder.remove();

  const importMedian = median(imports);
  const carryMedian = median(carryOvers);
  return [
    {
      measure: 'Word import of that export (worker)',
      median: ms(importMedian),
      tail: `p95 ${ms(percentile(imports, 0.95))}`,
      target: 'median ≤ 300 ms',
      ok: importMedian <= 300,
    },
    {
      measure: 'carry-over into the next period',
      median: ms(carryMedian),
      tail: `p95 ${ms(percentile(carryOvers, 0.95))}`,
      target: '≤ 50 ms',
      ok: carryMedian <= 50,
    },
  ];
}
