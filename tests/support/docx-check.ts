// Reading a generated .docx the way a strict reader would: every XML part must be well-formed
// XML 1.0 (saxes enforces the character rules), and LibreOffice must open and convert it.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

const run = promisify(execFile);

export async function readDocxParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir && /\.(xml|rels)$/.test(name)) parts.set(name, await entry.async('string'));
  }
  return parts;
}

/** Throws with the part's name and the parser's message if the XML is not well-formed. */
function assertWellFormed(name: string, xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.write(xml).close();
  if (failure) throw new Error(`${name} is not well-formed XML: ${failure.message}`);
}

export async function assertDocxWellFormed(bytes: Uint8Array): Promise<Map<string, string>> {
  const parts = await readDocxParts(bytes);
  if (!parts.has('word/document.xml')) throw new Error('no word/document.xml');
  for (const [name, xml] of parts) assertWellFormed(name, xml);
  return parts;
}

/**
 * Converts documents with headless LibreOffice (one process for all of them, with its own
 * profile so parallel runs do not collide) and returns the outputs by input path.
 */
export async function convertWithLibreOffice(paths: string[], format: 'txt:Text' | 'pdf' | 'docx:MS Word 2007 XML'): Promise<Map<string, Buffer>> {
  const outdir = await mkdtemp(join(tmpdir(), 'rapport-lo-'));
  const profile = await mkdtemp(join(tmpdir(), 'rapport-lo-profile-'));
  try {
    await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outdir, ...paths], {
      timeout: 180_000,
    });
    const extension = format === 'pdf' ? 'pdf' : format.startsWith('docx') ? 'docx' : 'txt';
    const outputs = new Map<string, Buffer>();
    for (const path of paths) {
      outputs.set(path, await readFile(join(outdir, basename(path).replace(/\.docx$/, `.${extension}`))));
    }
    return outputs;
  } finally {
    await rm(outdir, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  }
}

/** LibreOffice's plain-text export, as lines without the byte-order mark. */
export function textLines(text: Buffer): string[] {
  return text
    .toString('utf8')
    .replace(/^\ufeff/, '')
    .replace(/\r\n/g, '\n')
    .replace(/\n$/, '')
    .split('\n');
}
