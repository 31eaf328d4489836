// Writes a report as a .docx. The bytes are built in memory and written through a temporary
// file that is renamed into place, so a failed export never leaves a half-written document.
import { Packer } from 'docx';
import { outputFileError } from '../errors/file-errors.ts';
import { writeFileDurably } from '../files/durable-write.ts';
import type { Report } from '../report/model.ts';
import { buildDocument } from './build-document.ts';

export interface WrittenDocx {
  path: string;
  bytes: number;
}

export async function renderDocx(report: Report): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(buildDocument(report)));
}

export async function writeReportDocx(report: Report, outputPath: string): Promise<WrittenDocx> {
  const bytes = await renderDocx(report);
  try {
    await writeFileDurably(outputPath, bytes, 'document');
  } catch (error) {
    throw outputFileError(error, outputPath);
  }
  return { path: outputPath, bytes: bytes.length };
}
