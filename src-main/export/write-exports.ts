// The two files a report can be written as, for every door: a Word document in the city's
// layout (built in the document worker) and a report file (JSON) to move to another laptop.
import type { DocxJobs } from '../docx/docx-jobs.ts';
import { outputFileError } from '../errors/file-errors.ts';
import { writeFileDurably } from '../files/durable-write.ts';
import type { Report } from '../report/model.ts';
import type { JobRunner } from '../worker/jobs.ts';
import { withExtension } from './file-name.ts';

/** Returns where the document was written: the chosen path, with ".docx" added when missing. */
export async function exportWordDocument(report: Report, chosenPath: string, runner: JobRunner<DocxJobs>): Promise<{ path: string; bytes: number }> {
  return runner.run('write-report', { report, outputPath: withExtension(chosenPath, '.docx') });
}

export async function exportReportFile(report: Report, chosenPath: string): Promise<{ path: string }> {
  const path = withExtension(chosenPath, '.json');
  try {
    await writeFileDurably(path, `${JSON.stringify(report, null, 2)}\n`, 'document');
  } catch (error) {
    throw outputFileError(error, path, 'Rapportfilen');
  }
  return { path };
}
