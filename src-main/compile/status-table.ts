// "Exportera status": the table of who has sent, as the screen shows it, for the coordinator's
// own follow-up in Excel: one row an organisation, real dates, the register's contact, and how
// late. Pure; xlsx/ writes it.
import type { Table } from '../xlsx/write-table.ts';
import type { CompilationScan } from './compilation-scan.ts';
import type { Route } from './compilation.ts';
import type { RegisterContact } from '../coordinator/contact-register.ts';

const ROUTES: Record<Route, string> = { inlamning: 'Inlämning', 'e-post': 'E-post', fil: 'Fil' };

export function statusTable(scan: CompilationScan, register: readonly RegisterContact[]): Table {
  return {
    sheetName: 'Status',
    columns: [
      { header: 'Organisation', kind: 'text', width: 42 },
      { header: 'Inkommen', kind: 'text', width: 10 },
      { header: 'När', kind: 'date', width: 17 },
      { header: 'Version', kind: 'text', width: 24 },
      { header: 'Väg', kind: 'text', width: 11 },
      { header: 'Kvitto', kind: 'text', width: 16 },
      { header: 'Ifyllt', kind: 'text', width: 12 },
      { header: 'Fokusområden', kind: 'text', width: 14 },
      { header: 'Kontaktperson', kind: 'text', width: 26 },
      { header: 'E-post', kind: 'text', width: 32 },
      { header: 'Telefon', kind: 'text', width: 16 },
      { header: 'Dagar försenad', kind: 'number', width: 15 },
    ],
    rows: scan.organisations.map(({ name, counted }) => {
      const contact = register.find((candidate) => candidate.organisation === name);
      const orNone = (text: string | undefined): string | null => (text === undefined || text === '' ? null : text);
      const contactCells = [orNone(contact?.contactPerson), orNone(contact?.email), orNone(contact?.phone)];
      if (counted === undefined) return [name, 'Nej', null, null, null, null, null, null, ...contactCells, null];
      const completeness = counted.completeness === undefined ? null : `${counted.completeness.filled} av ${counted.completeness.total}`;
      return [
        name,
        counted.unreadable === undefined ? 'Ja' : 'Oläsbar',
        counted.receivedAt ?? counted.time,
        counted.version ?? null,
        ROUTES[counted.route],
        counted.route === 'inlamning' ? (counted.version ?? null) : null,
        completeness,
        counted.focusAreas.join(', ') || null,
        ...contactCells,
        counted.lateDays ?? null,
      ];
    }),
  };
}
