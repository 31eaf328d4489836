// A table from a file the coordinator brings (their contact list): the first sheet of an
// Excel workbook (.xlsx, read by exceljs) or a CSV file (read by csv-parse, with the comma,
// semicolon or tab Excel uses, in UTF-8 or the Windows-1252 that Swedish Excel writes), as rows
// of cell texts. Read in the document worker, within its limits. Nothing is matched here.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { isUtf8 } from 'node:buffer';
import { AppError } from '../errors/app-error.ts';
import { checkInputSize } from '../files/read-bounded.ts';
import { looksLikeOle, looksLikeZip } from '../files/content-kind.ts';

/** More rows than any list of the city's organisations; the rest is not read. */
const MAX_TABLE_ROWS = 5_000;
const MAX_COLUMNS = 50;

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    // A hyperlink (a mailto: address), rich text or a formula's result.
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('richText' in value && Array.isArray(value.richText))
      return value.richText.map((run: { text?: unknown }) => (typeof run.text === 'string' ? run.text : '')).join('');
    if ('result' in value) return cellText(value.result);
    return '';
  }
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

async function readWorkbook(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types name the older Buffer; a copy of the bytes is one.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    throw new AppError('invalid-request', 'Excel-filen gick inte att läsa: den är skadad eller ingen .xlsx-fil.', { cause: error });
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    if (number > MAX_TABLE_ROWS) return;
    const values = Array.isArray(row.values) ? row.values.slice(1, MAX_COLUMNS + 1) : [];
    rows[number - 1] = values.map((value) => cellText(value).trim());
  });
  return Array.from(rows, (row) => row ?? []);
}

function readCsv(bytes: Uint8Array): string[][] {
  const text = isUtf8(bytes) ? new TextDecoder('utf-8').decode(bytes) : new TextDecoder('windows-1252').decode(bytes);
  try {
    const rows = parse(text, {
      delimiter: [';', ',', '\t'],
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      to: MAX_TABLE_ROWS,
    });
    return rows.map((row) => row.slice(0, MAX_COLUMNS).map((cell) => cell.trim()));
  } catch (error) {
    throw new AppError('invalid-request', `CSV-filen gick inte att läsa: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}.`, {
      cause: error,
    });
  }
}

export async function readTable(name: string, bytes: Uint8Array): Promise<string[][]> {
  checkInputSize(bytes, name);
  if (looksLikeOle(bytes)) {
    throw new AppError(
      'invalid-request',
      'Filen är i det äldre Excel-formatet (.xls) eller lösenordsskyddad. Spara den som .xlsx eller CSV i Excel och försök igen.',
    );
  }
  if (looksLikeZip(bytes)) return readWorkbook(bytes);
  if (/\.xlsx$/i.test(name)) throw new AppError('invalid-request', 'Filen heter .xlsx men är ingen Excel-fil.');
  return readCsv(bytes);
}
