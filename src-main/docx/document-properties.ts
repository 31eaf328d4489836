// The period, budget year and last-saved time this app writes into an exported document's
// custom properties (docProps/custom.xml), and reads back on import and in the coordinator's
// compilation: the city's template has no place for the period, so only a document that says
// it is taken to be a given period. Word and LibreOffice keep custom properties on saving.
import type { PeriodOfYear } from '../report/calendar.ts';
import { isPeriodId } from '../form/vocabulary.ts';
import { attribute, parseXml } from './docx-paragraphs.ts';

export const DOCUMENT_PROPERTY = {
  period: 'Uppföljningsrapport period',
  year: 'Uppföljningsrapport budgetår',
  savedAt: 'Uppföljningsrapport sparad',
  /** The exported report's content hash (report-content-hash.ts). */
  content: 'Uppföljningsrapport innehåll',
  /** On the compiled document: the period it compiles; such a document is never read as a report. */
  compilation: 'Uppföljningsrapport sammanställning',
} as const;

const CUSTOM_PROPERTIES = 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties';
const DUBLIN_CORE_TERMS = 'http://purl.org/dc/terms/';

/** The custom properties' names and text values. */
export function readCustomProperties(xml: string): Map<string, string> {
  const values = new Map<string, string>();
  let name: string | undefined;
  let text = '';
  parseXml(
    xml,
    (tag) => {
      if (tag.uri === CUSTOM_PROPERTIES && tag.local === 'property') {
        name = attribute(tag, 'name');
        text = '';
      }
    },
    (tag) => {
      if (tag.uri === CUSTOM_PROPERTIES && tag.local === 'property' && name !== undefined) {
        values.set(name, text.trim());
        name = undefined;
      }
    },
    (chunk) => {
      if (name !== undefined) text += chunk;
    },
  );
  return values;
}

/** The period the document says it reports on, when it says so in full. */
export function statedPeriod(properties: ReadonlyMap<string, string>): PeriodOfYear | undefined {
  const period = properties.get(DOCUMENT_PROPERTY.period);
  const year = Number(properties.get(DOCUMENT_PROPERTY.year));
  if (!isPeriodId(period) || !Number.isInteger(year) || year < 2000 || year > 2100) return undefined;
  return { period, year };
}

/** An ISO time, or undefined for anything that is not one. */
function isoTime(text: string | undefined): string | undefined {
  if (text === undefined || !/^\d{4}-\d{2}-\d{2}T/.test(text)) return undefined;
  const time = new Date(text);
  return Number.isNaN(time.getTime()) ? undefined : time.toISOString();
}

/** docProps/core.xml's dcterms:created and dcterms:modified. */
function coreTimes(coreXml: string): { created?: string | undefined; modified?: string | undefined } {
  const texts = new Map<string, string>();
  let inside: string | undefined;
  parseXml(
    coreXml,
    (tag) => {
      if (tag.uri === DUBLIN_CORE_TERMS && (tag.local === 'created' || tag.local === 'modified')) inside = tag.local;
    },
    () => {
      inside = undefined;
    },
    (chunk) => {
      if (inside !== undefined) texts.set(inside, (texts.get(inside) ?? '') + chunk);
    },
  );
  return { created: isoTime(texts.get('created')?.trim()), modified: isoTime(texts.get('modified')?.trim()) };
}

/** Word and LibreOffice keep "created" and move "modified" on every save; an export sets both at once. */
const SAVED_AGAIN_AFTER_MS = 60_000;

/** What a Word document says about when its report was saved (see lastSavedAt). */
export interface SavedTimes {
  /** The report's own last-saved time, written by this app's export. */
  fromApp?: string;
  /** dcterms:modified: the export's time, or the last save in Word or LibreOffice. */
  modified?: string;
  /** Whether the document was saved again after it was made (modified well after created). */
  savedAgain: boolean;
  /** The content hash the export recorded. */
  exportedContent?: string;
}

export function savedTimes(properties: ReadonlyMap<string, string>, coreXml: string | undefined): SavedTimes {
  const { created, modified } = coreXml === undefined ? {} : coreTimes(coreXml);
  const fromApp = isoTime(properties.get(DOCUMENT_PROPERTY.savedAt));
  const exportedContent = properties.get(DOCUMENT_PROPERTY.content);
  return {
    ...(fromApp === undefined ? {} : { fromApp }),
    ...(modified === undefined ? {} : { modified }),
    savedAgain: created !== undefined && modified !== undefined && Date.parse(modified) - Date.parse(created) > SAVED_AGAIN_AFTER_MS,
    ...(exportedContent === undefined || exportedContent === '' ? {} : { exportedContent }),
  };
}

/**
 * When the report in the document was last saved. This app's export says so (the report's
 * own time, not the export's), also after the document was saved again in Word or
 * LibreOffice without a change to what it says (opened and saved, or saved by AutoSave);
 * once it was edited there, as for any form, the time it was last saved.
 */
export function lastSavedAt(times: SavedTimes, contentHash: string): string | undefined {
  if (times.fromApp === undefined) return times.modified;
  if (!times.savedAgain || times.exportedContent === contentHash) return times.fromApp;
  return times.modified ?? times.fromApp;
}
