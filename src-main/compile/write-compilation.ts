// Writes the compiled document. Like a single report's export, the bytes are built in memory
// and written through a temporary file renamed into place, so a failed write never leaves a
// half-written document (or a half-replaced earlier compilation).
import { Packer } from 'docx';
import type { Compilation } from './compilation.ts';
import { AppError } from '../errors/app-error.ts';
import { outputFileError } from '../errors/file-errors.ts';
import { writeFileDurably } from '../files/durable-write.ts';
import { buildCompilationDocument } from './build-compilation.ts';
import type { WrittenDocx } from '../docx/write-docx.ts';

export async function renderCompilation(compilation: Compilation): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(buildCompilationDocument(compilation)));
}

export async function writeCompilation(compilation: Compilation, outputPath: string): Promise<WrittenDocx> {
  let bytes: Uint8Array;
  try {
    bytes = await renderCompilation(compilation);
  } catch (error) {
    // The package builds the document's text as one string, which has a largest size.
    if (error instanceof RangeError) {
      throw new AppError(
        'invalid-request',
        'Sammanställningen blev för stor för ett Word-dokument (rapporterna har för mycket text tillsammans). Inget sparades.',
        { cause: error },
      );
    }
    throw error;
  }
  try {
    await writeFileDurably(outputPath, bytes, 'document');
  } catch (error) {
    throw outputFileError(error, outputPath, 'Sammanställningen', '');
  }
  return { path: outputPath, bytes: bytes.length };
}
