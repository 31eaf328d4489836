// A table written as an Excel workbook (.xlsx, by exceljs): one sheet, a header row that stays
// put when scrolling, real dates and numbers where the column says so, widths that fit. Written
// through a temporary file renamed into place, like every document the app writes.
import ExcelJS from 'exceljs';
import { outputFileError } from '../errors/file-errors.ts';
import { writeFileDurably } from '../files/durable-write.ts';
import { stockholmWallClock } from '../report/time-format.ts';

interface TableColumn {
  header: string;
  /** 'date': an ISO time, shown as a date and time in Stockholm. */
  kind: 'text' | 'number' | 'date';
  width: number;
}

export interface Table {
  sheetName: string;
  columns: TableColumn[];
  /** Cells in the columns' order; null for an empty cell. */
  rows: (string | number | null)[][];
}

export interface WrittenFile {
  path: string;
  bytes: number;
}

async function renderTable(table: Table): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Uppföljningsrapport näringsliv';
  const sheet = workbook.addWorksheet(table.sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => ({
    header: column.header,
    width: column.width,
    ...(column.kind === 'date' ? { style: { numFmt: 'yyyy-mm-dd hh:mm' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(
      row.map((cell, index) =>
        cell !== null && table.columns[index]?.kind === 'date' && typeof cell === 'string' ? (stockholmWallClock(cell) ?? null) : cell,
      ),
    );
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function writeTable(table: Table, outputPath: string): Promise<WrittenFile> {
  const bytes = await renderTable(table);
  try {
    await writeFileDurably(outputPath, bytes, 'document');
  } catch (error) {
    throw outputFileError(error, outputPath, 'Excel-filen', '');
  }
  return { path: outputPath, bytes: bytes.length };
}
