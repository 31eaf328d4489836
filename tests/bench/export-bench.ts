// Word export figures: the app's export (through its worker, as the app runs it) against
// pandoc turning the same content, as Markdown, into .docx, in the same run; and the longest
// block of the main event loop while exports run.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { formTemplate, withYear } from '../../src-main/form/template.ts';
import { focusAreaTitle } from '../../src-main/form/vocabulary.ts';
import type { Report } from '../../src-main/report/model.ts';
import { createServices } from '../../src-main/services.ts';
import { DOCUMENT_WORKER } from '../support/preview.ts';
import { largeReport } from '../support/reports.ts';
import { makeTempFolder } from '../support/temp-folder.ts';
import { longestLoopBlock } from './loop-block.ts';
import { median, ms, type BenchRow } from './measure.ts';

const run = promisify(execFile);
const RUNS = 15;

function reportToMarkdown(report: Report): string {
  const labels = formTemplate.labels;
  const lines = [
    `# ${formTemplate.title}`,
    withYear(formTemplate.introduction, report.year),
    ...(['committee', 'contactPerson', 'phone', 'email'] as const).flatMap((field) => [`**${labels[field]}**`, report.header[field]]),
    `**${withYear(formTemplate.followUpHeading, report.year)}**`,
    `**${formTemplate.descriptionHeading}**`,
    formTemplate.description,
    ...report.focusAreas.flatMap((area) => [
      `# ${area.number}. ${focusAreaTitle(area.number)}`,
      ...area.questions.flatMap((question) => [`## ${question.text}`, question.answer]),
    ]),
    `# ${labels.otherInformation}`,
    report.otherInformation,
  ];
  return lines.join('\n\n');
}

export async function benchExport(): Promise<BenchRow[]> {
  const folder = await makeTempFolder('rapport-bench-export-');
  const services = createServices({ dataFolder: folder.path, documentWorkerPath: DOCUMENT_WORKER });
  const created = await services.store.create({ committee: 'Kulturnämnden: kulturförvaltningen', period: 'T2', year: 2022 });
  const report = { ...largeReport(), id: created.id };
  await services.store.save(report);
  const markdownPath = join(folder.path, 'rapport.md');
  await writeFile(markdownPath, reportToMarkdown(report));

  await services.exports.exportDocx(created.id); // starts the worker, as the first export in a session does
  const appTimes: number[] = [];
  const pandocTimes: number[] = [];
  const blocks: number[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    let start = performance.now();
    blocks.push(await longestLoopBlock(() => services.exports.exportDocx(created.id)));
    appTimes.push(performance.now() - start);

    start = performance.now();
    await run('pandoc', ['--from', 'markdown', '--to', 'docx', '-o', join(folder.path, 'pandoc.docx'), markdownPath]);
    pandocTimes.push(performance.now() - start);
  }
  await services.close();
  await folder.remove();

  const app = median(appTimes);
  const pandoc = median(pandocTimes);
  const longestBlock = median(blocks);
  return [
    { measure: 'Word export (worker, written to disk)', median: ms(app), tail: '-', target: 'median ≤ 300 ms', ok: app <= 300 },
    {
      measure: '  peer: pandoc, same content as Markdown',
      median: ms(pandoc),
      tail: '-',
      target: `pandoc/app ${(pandoc / app).toFixed(1)}× (≥ 2×)`,
      ok: pandoc / app >= 2,
    },
    {
      measure: 'longest main-loop block during export',
      median: ms(longestBlock),
      tail: `max ${ms(Math.max(...blocks))}`,
      target: '≤ 50 ms',
      ok: longestBlock <= 50,
    },
  ];
}
