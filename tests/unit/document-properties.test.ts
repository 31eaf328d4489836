// When a Word document says its report was last saved: the app's own record, also after the
// document was opened and saved again in Word without a change, and the time it was saved
// there once it was edited there.
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { DOCUMENT_PROPERTY, lastSavedAt, savedTimes } from '../../src-main/docx/document-properties.ts';
import { renderDocx } from '../../src-main/docx/write-docx.ts';
import { readReceivedFile } from '../../src-main/compile/read-received-file.ts';
import { sampleReport } from '../support/reports.ts';

function core(created: string, modified: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${modified}</dcterms:modified></cp:coreProperties>`;
}

const SAVED_IN_APP = new Map([
  [DOCUMENT_PROPERTY.savedAt, '2026-09-01T08:00:00.000Z'],
  [DOCUMENT_PROPERTY.content, 'innehåll-vid-export'],
]);

describe('the saved time of a received Word document', () => {
  test('an export as the app wrote it: the report’s own saved time, not the export’s', () => {
    const times = savedTimes(SAVED_IN_APP, core('2026-09-03T10:00:00Z', '2026-09-03T10:00:00Z'));
    expect(lastSavedAt(times, 'något annat')).toBe('2026-09-01T08:00:00.000Z');
  });

  test('an export saved again in Word with the same content: still the report’s own time', () => {
    const times = savedTimes(SAVED_IN_APP, core('2026-09-03T10:00:00Z', '2026-09-05T14:30:00Z'));
    expect(lastSavedAt(times, 'innehåll-vid-export')).toBe('2026-09-01T08:00:00.000Z');
  });

  test('an export edited and saved again in Word: when it was saved there', () => {
    const times = savedTimes(SAVED_IN_APP, core('2026-09-03T10:00:00Z', '2026-09-05T14:30:00Z'));
    expect(lastSavedAt(times, 'ändrat innehåll')).toBe('2026-09-05T14:30:00.000Z');
  });

  test('the city’s template filled in: when Word last saved it', () => {
    expect(lastSavedAt(savedTimes(new Map(), core('2019-01-10T09:00:00Z', '2026-09-04T11:00:00Z')), 'x')).toBe('2026-09-04T11:00:00.000Z');
  });

  test('nothing usable: no time, rather than a wrong one', () => {
    expect(lastSavedAt(savedTimes(new Map([[DOCUMENT_PROPERTY.savedAt, 'igår']]), undefined), 'x')).toBeUndefined();
    expect(lastSavedAt(savedTimes(new Map(), core('inte ett datum', '')), 'x')).toBeUndefined();
  });
});

describe('a real export, saved again two days later', () => {
  const report = sampleReport({ updatedAt: '2026-09-01T08:00:00.000Z' });
  const question = report.focusAreas[0]?.questions[0];
  if (question) question.answer = 'Vi har haft 12 företagsbesök.';

  /** The export as Word leaves it after a save: modified two days after created, the text perhaps changed. */
  async function savedAgain(changeText: (xml: string) => string): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(await renderDocx(report));
    const coreXml = await zip.file('docProps/core.xml')?.async('string');
    const created = /<dcterms:created[^>]*>([^<]+)</.exec(coreXml ?? '')?.[1] ?? '';
    const later = new Date(Date.parse(created) + 2 * 24 * 3600 * 1000).toISOString();
    zip.file('docProps/core.xml', (coreXml ?? '').replace(/(<dcterms:modified[^>]*>)[^<]+/, `$1${later}`));
    const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    zip.file('word/document.xml', changeText(documentXml));
    return zip.generateAsync({ type: 'uint8array' });
  }

  async function savedAtOf(bytes: Uint8Array): Promise<string | undefined> {
    const [part] = (await readReceivedFile('rapport.docx', bytes, { period: 'T2', year: 2022 })).parts;
    if (part === undefined || !('report' in part)) throw new Error(`not read: ${JSON.stringify(part)}`);
    return part.report.savedAt;
  }

  test('unchanged (opened and saved, or AutoSave): it counts by the report’s own time', async () => {
    expect(await savedAtOf(await savedAgain((xml) => xml))).toBe('2026-09-01T08:00:00.000Z');
  });

  test('an answer changed in Word: it counts by the time Word saved it', async () => {
    const edited = await savedAgain((xml) => xml.replace('12 företagsbesök', '14 företagsbesök'));
    const savedAt = await savedAtOf(edited);
    expect(savedAt).not.toBe('2026-09-01T08:00:00.000Z');
    expect(Date.parse(savedAt ?? '')).toBeGreaterThan(Date.now() + 24 * 3600 * 1000);
  });
});
