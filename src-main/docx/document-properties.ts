// The period, budget year and last-saved time this app writes into an exported document's
// custom properties (docProps/custom.xml), and reads back on import and in the coordinator's
// compilation: the city's template has no place for the period, so only a document that says
// it is taken to be a given period. Word and LibreOffice keep custom properties on saving.
import type { PeriodOfYear } from '../report/calendar.ts';
import { isPeriodId } from '../report/form-definition.ts';
import { attribute, parseXml } from './docx-paragraphs.ts';

export const DOCUMENT_PROPERTY = {
  period: 'Uppföljningsrapport period',
  year: 'Uppföljningsrapport budgetår',
  savedAt: 'Uppföljningsrapport sparad',
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

/** docProps/core.xml's dcterms:modified: when Word or LibreOffice last saved the document. */
function modifiedInCore(coreXml: string): string | undefined {
  let inModified = false;
  let text = '';
  parseXml(
    coreXml,
    (tag) => {
      if (tag.uri === DUBLIN_CORE_TERMS && tag.local === 'modified') inModified = true;
    },
    (tag) => {
      if (tag.uri === DUBLIN_CORE_TERMS && tag.local === 'modified') inModified = false;
    },
    (chunk) => {
      if (inModified) text += chunk;
    },
  );
  return isoTime(text.trim());
}

/**
 * When the report in the document was last saved: this app's export says so (the report's
 * own time, not the export's); a form saved in Word or LibreOffice has the time it was saved.
 */
export function savedTime(properties: ReadonlyMap<string, string>, coreXml: string | undefined): string | undefined {
  return isoTime(properties.get(DOCUMENT_PROPERTY.savedAt)) ?? (coreXml === undefined ? undefined : modifiedInCore(coreXml));
}
