// When a Word document says its report was last saved: the app's own record, unless the
// document was saved again in Word or LibreOffice after it was exported.
import { describe, expect, test } from 'vitest';
import { DOCUMENT_PROPERTY, savedTime } from '../../src-main/docx/document-properties.ts';

function core(created: string, modified: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${modified}</dcterms:modified></cp:coreProperties>`;
}

const SAVED_IN_APP = new Map([[DOCUMENT_PROPERTY.savedAt, '2026-09-01T08:00:00.000Z']]);

describe('the saved time of a received Word document', () => {
  test('an export as the app wrote it: the report’s own saved time, not the export’s', () => {
    expect(savedTime(SAVED_IN_APP, core('2026-09-03T10:00:00Z', '2026-09-03T10:00:00Z'))).toBe('2026-09-01T08:00:00.000Z');
  });

  test('an export edited and saved again in Word: when it was saved there', () => {
    expect(savedTime(SAVED_IN_APP, core('2026-09-03T10:00:00Z', '2026-09-05T14:30:00Z'))).toBe('2026-09-05T14:30:00.000Z');
  });

  test('the city’s template filled in: when Word last saved it', () => {
    expect(savedTime(new Map(), core('2019-01-10T09:00:00Z', '2026-09-04T11:00:00Z'))).toBe('2026-09-04T11:00:00.000Z');
  });

  test('nothing usable: no time, rather than a wrong one', () => {
    expect(savedTime(new Map([[DOCUMENT_PROPERTY.savedAt, 'igår']]), undefined)).toBeUndefined();
    expect(savedTime(new Map(), core('inte ett datum', ''))).toBeUndefined();
  });
});
