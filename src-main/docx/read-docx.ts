// A filled-in Word form, from its bytes to what the form reader found. The file is treated
// as hostile: its size is capped, an old or password-protected Word file is named as such,
// and only word/document.xml and word/styles.xml are read, in memory, within limits.
import { AppError } from '../errors/app-error.ts';
import { looksLikeOle, looksLikeZip } from '../files/content-kind.ts';
import { checkInputSize } from '../files/read-bounded.ts';
import { readParagraphs, type DocxParagraph } from './docx-paragraphs.ts';
import { readForm, type FoundForm } from './form-reader.ts';
import { DOCUMENT_PROPERTY, readCustomProperties, savedTimes, statedPeriod } from './document-properties.ts';
import { addRecordedIdentities } from './question-identities.ts';
import { readZipEntries } from './zip-reader.ts';

const LIMITS = { maxEntries: 1_000, maxInflatedBytes: 64 * 1024 * 1024 };

export function readDocxForm(input: Uint8Array, name = 'Dokumentet'): FoundForm {
  const { paragraphs, customProperties, coreProperties } = readDocxParts(input, name);
  const properties = customProperties === undefined ? new Map<string, string>() : readCustomProperties(customProperties);
  if (properties.has(DOCUMENT_PROPERTY.compilation)) {
    throw new AppError(
      'invalid-request',
      'Dokumentet är en sammanställning av flera rapporter (gjord med Sammanställning), inte en rapport. Det läses inte som en rapport.',
    );
  }
  const found = readForm(paragraphs);
  addRecordedIdentities(found.focusAreas, properties);
  const stated = statedPeriod(properties);
  return { ...found, ...(stated === undefined ? {} : { statedPeriod: stated }), saved: savedTimes(properties, coreProperties) };
}

/** The document's paragraphs within the import's limits, as the receiver checks a document. */
export function readDocxParagraphs(input: Uint8Array, name = 'Dokumentet'): DocxParagraph[] {
  return readDocxParts(input, name).paragraphs;
}

/**
 * The document's paragraphs (and custom properties), read within every limit the import has
 * (size, zip entries, inflated bytes, XML without DOCTYPE, nesting), without yet asking
 * whether it is the form.
 */
function readDocxParts(
  input: Uint8Array,
  name: string,
): { paragraphs: DocxParagraph[]; customProperties: string | undefined; coreProperties: string | undefined } {
  checkInputSize(input, name);
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (looksLikeOle(bytes)) {
    throw new AppError(
      'invalid-request',
      'Filen är lösenordsskyddad eller sparad i det äldre Word-formatet (.doc). Ta bort lösenordet, eller spara den som .docx i Word, och försök igen.',
    );
  }
  if (!looksLikeZip(bytes)) {
    throw new AppError('invalid-request', 'Filen är inte ett Word-dokument (.docx).');
  }
  const parts = readZipEntries(bytes, ['word/document.xml', 'word/styles.xml', 'docProps/custom.xml', 'docProps/core.xml'], LIMITS);
  const document = parts.get('word/document.xml');
  if (document === undefined) throw new AppError('invalid-request', 'Filen är ett zip-arkiv men inget Word-dokument (word/document.xml saknas).');
  const styles = parts.get('word/styles.xml');
  const custom = parts.get('docProps/custom.xml');
  const core = parts.get('docProps/core.xml');
  return {
    paragraphs: readParagraphs(xmlText(document), styles === undefined ? undefined : xmlText(styles)),
    customProperties: custom === undefined ? undefined : xmlText(custom),
    coreProperties: core === undefined ? undefined : xmlText(core),
  };
}

/** Word writes its XML in UTF-8; a part saved as UTF-16 (with its byte-order mark) reads too. */
function xmlText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}
