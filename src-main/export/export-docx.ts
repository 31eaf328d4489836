// Writes a report as a .docx. The bytes are built in memory and written through a temporary
// file that is renamed into place, so a failed export never leaves a half-written document.
import { Packer } from 'docx';
import { writeFileDurably } from '../store/durable-write.ts';
import type { Report } from '../report/model.ts';
import { buildDocument } from './build-document.ts';
import { exportWriteError } from './export-errors.ts';

export interface ExportResult {
  path: string;
  bytes: number;
}

export async function renderDocx(report: Report): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(buildDocument(report)));
}

export async function exportReportToDocx(report: Report, outputPath: string): Promise<ExportResult> {
  const bytes = await renderDocx(report);
  try {
    await writeFileDurably(outputPath, bytes, { keepPrevious: false });
  } catch (error) {
    throw exportWriteError(error, outputPath);
  }
  return { path: outputPath, bytes: bytes.length };
}
