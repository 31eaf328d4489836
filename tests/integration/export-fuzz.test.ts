import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderDocx } from '../../src-main/docx/write-docx.ts';
import { assertDocxWellFormed, convertWithLibreOffice, textLines } from '../support/docx-check.ts';
import { randomReport } from '../support/random-reports.ts';
import { makeTempFolder } from '../support/temp-folder.ts';

const REPORTS = 2_000;
const HUGE_REPORTS = 3;
const OPENED_IN_LIBREOFFICE = 6;

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
beforeAll(async () => {
  folder = await makeTempFolder('rapport-fuzz-');
});
afterAll(async () => {
  await folder.remove();
});

describe('export fuzz', () => {
  test(`${REPORTS} random reports and ${HUGE_REPORTS} with 1 MB paragraphs all export to well-formed documents; a sample opens in LibreOffice`, async () => {
    const sample: string[] = [];
    for (let seed = 1; seed <= REPORTS + HUGE_REPORTS; seed += 1) {
      const report = randomReport(seed, { hugeParagraph: seed > REPORTS });
      const bytes = await renderDocx(report);
      await assertDocxWellFormed(bytes).catch((error: unknown) => {
        throw new Error(`seed ${seed}: ${error instanceof Error ? error.message : String(error)}`);
      });
      if (seed % Math.floor(REPORTS / (OPENED_IN_LIBREOFFICE - 1)) === 0 || seed === REPORTS + 1) {
        const path = join(folder.path, `fuzz-${seed}.docx`);
        await writeFile(path, bytes);
        sample.push(path);
      }
    }
    const texts = await convertWithLibreOffice(sample, 'txt:Text');
    for (const path of sample) {
      const lines = textLines(texts.get(path) ?? Buffer.alloc(0));
      expect(lines[0], path).toBe('UPPFÖLJNINGSRAPPORT NÄRINGSLIV');
      expect(lines, path).toContain('Övriga upplysningar');
    }
  }, 600_000);
});
