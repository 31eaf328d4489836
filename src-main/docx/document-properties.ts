// The period and budget year this app writes into an exported document's custom properties
// (docProps/custom.xml), and reads back on import: the city's template has no place for the
// period, so only a document that says it is taken to be a given period.
import type { PeriodOfYear } from '../report/calendar.ts';
import { isPeriodId } from '../report/form-definition.ts';
import { attribute, parseXml } from './docx-paragraphs.ts';

export const DOCUMENT_PROPERTY = { period: 'Uppföljningsrapport period', year: 'Uppföljningsrapport budgetår' } as const;

const CUSTOM_PROPERTIES = 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties';

/** The custom properties' names and text values. */
function readCustomProperties(xml: string): Map<string, string> {
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
export function statedPeriod(customXml: string | undefined): PeriodOfYear | undefined {
  if (customXml === undefined) return undefined;
  const properties = readCustomProperties(customXml);
  const period = properties.get(DOCUMENT_PROPERTY.period);
  const year = Number(properties.get(DOCUMENT_PROPERTY.year));
  if (!isPeriodId(period) || !Number.isInteger(year) || year < 2000 || year > 2100) return undefined;
  return { period, year };
}
