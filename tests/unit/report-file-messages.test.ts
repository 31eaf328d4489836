// What a report file that cannot be used is told as: in Swedish, naming the file and the
// part that is wrong in words a contact person knows, never the schema's own names.
import { describe, expect, test } from 'vitest';
import { parseReportText } from '../../src-main/store/report-file.ts';

function messageFor(text: string): string {
  try {
    parseReportText(text, 'rapport.json');
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('the file was taken');
}

describe('a report file that cannot be used', () => {
  test.each([
    [
      'an unknown format version',
      '{"schemaVersion": "abc"}',
      'Filen rapport.json är ingen giltig rapportfil: filens formatversion har ett värde som appen inte känner igen.',
    ],
    [
      'a newer app’s file',
      '{"schemaVersion": 99}',
      'Filen rapport.json är sparad av en nyare version av appen (filformat 99). Uppdatera appen för att använda den.',
    ],
  ])('%s', (_what, text, message) => {
    expect(messageFor(text)).toBe(message);
  });

  test('no message names the schema’s own words', () => {
    for (const text of ['{"schemaVersion": "abc"}', '{"schemaVersion": 99}', '{"schemaVersion": 0}'])
      expect(messageFor(text)).not.toMatch(/schema|undefined|invalid|expected/i);
  });
});
