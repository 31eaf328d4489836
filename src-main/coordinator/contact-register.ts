// The coordinator's register of contact persons: one for each organisation on the list (name,
// e-mail, phone), edited in the app or read from their own Excel or CSV file. A file's columns
// are found by their Swedish headings, and each row's organisation by the same matching as
// reports; a row that matches nothing is listed with its reason, never dropped silently.
// Reports fill in a contact only where the register has none; where a report names another,
// the coordinator chooses; and how the register is kept in the coordinator's file. Pure.
import { z } from 'zod';
import { cleanLine } from '../report/clean-text.ts';
import { normalizedForComparison } from '../report/empty-text.ts';
import { sameOrganisation } from '../report/organisation.ts';
import { isEmailAddress } from '../report/settings-rules.ts';

export interface RegisterContact {
  organisation: string;
  contactPerson: string;
  email: string;
  phone: string;
}

const MAX_CONTACTS = 1_000;

const line = (max: number) => z.string().max(max).transform(cleanLine);

const registerContactSchema = z.object({
  organisation: z.string().min(1).max(200).transform(cleanLine),
  contactPerson: line(2_000),
  email: line(320),
  phone: line(200),
});

/** The coordinator file's part for the register. */
export const registerFields = {
  /** The register of contact persons: one for each organisation at most. */
  register: z.array(registerContactSchema).max(MAX_CONTACTS),
  /** A report's contact the coordinator chose not to take over the register's. */
  keptOver: z.array(z.object({ organisation: z.string().max(200), email: z.string().max(320) })).max(MAX_CONTACTS),
};

/** A contact a report named that the register can keep (an address longer than any real one is not). */
export function fitsTheRegister(contact: RegisterContact): boolean {
  return registerContactSchema.safeParse(contact).success;
}

/** A row of the coordinator's file that did not become a contact, and why. */
export interface UnmatchedRow {
  /** The row's number in the file (1 is the first). */
  row: number;
  text: string;
  reason: string;
}

type Column = 'organisation' | 'contactPerson' | 'email' | 'phone';

/** The headings each column is known by, compared without case, spaces or hyphens. */
const HEADINGS: Record<Column, string[]> = {
  organisation: ['organisation', 'nämnd', 'nämndbolag', 'nämndellerbolag', 'bolag', 'förvaltning', 'nämndstyrelse'],
  contactPerson: ['kontaktperson', 'kontakt', 'namn', 'kontaktpersonnamn'],
  email: ['epost', 'epostadress', 'mejl', 'mail', 'email', 'emailadress'],
  phone: ['telefon', 'telefonnummer', 'tel', 'mobil', 'mobilnummer'],
};

function headingKey(text: string): string {
  return normalizedForComparison(text).replace(/[\s\-–_/.:]/g, '');
}

function columnOf(text: string): Column | undefined {
  const key = headingKey(text);
  return (Object.keys(HEADINGS) as Column[]).find((column) => HEADINGS[column].includes(key));
}

/** The heading row (the first with an organisation column among the first ten) and where each column is. */
function findHeadings(rows: readonly string[][]): { at: number; columns: Partial<Record<Column, number>> } | undefined {
  for (const [at, row] of rows.slice(0, 10).entries()) {
    const columns: Partial<Record<Column, number>> = {};
    for (const [index, cell] of row.entries()) {
      const column = columnOf(cell);
      if (column !== undefined && columns[column] === undefined) columns[column] = index;
    }
    if (columns.organisation !== undefined) return { at, columns };
  }
  return undefined;
}

export interface ReadRegister {
  contacts: RegisterContact[];
  unmatched: UnmatchedRow[];
  /** Set when the file has no heading the app knows: nothing could be read. */
  problem?: string;
}

/** The contacts a table holds, for the organisations on the list (in the list's own names). */
export function registerFromTable(rows: readonly string[][], organisations: readonly string[]): ReadRegister {
  const headings = findHeadings(rows);
  if (headings === undefined) {
    return {
      contacts: [],
      unmatched: [],
      problem:
        'Filen har ingen rubrik som appen känner igen. Den första raden ska ha rubrikerna Organisation (eller Nämnd), Kontaktperson, E-post och Telefon.',
    };
  }
  const { at, columns } = headings;
  const cell = (row: readonly string[], column: Column): string => {
    const index = columns[column];
    return index === undefined ? '' : (row[index] ?? '').replace(/\s+/g, ' ').trim();
  };
  const contacts = new Map<string, RegisterContact>();
  const unmatched: UnmatchedRow[] = [];
  for (const [index, row] of rows.entries()) {
    if (index <= at || row.every((value) => value.trim() === '')) continue;
    const text = row.filter((value) => value.trim() !== '').join(' · ');
    const named = cell(row, 'organisation');
    const organisation = organisations.find((candidate) => sameOrganisation(candidate, named));
    const email = cell(row, 'email');
    const problem =
      named === ''
        ? 'Raden saknar organisation.'
        : organisation === undefined
          ? `"${named}" finns inte i listan över nämnder och bolag.`
          : email !== '' && !isEmailAddress(email)
            ? `"${email}" är ingen e-postadress.`
            : contacts.has(organisation)
              ? `${organisation} finns redan på en tidigare rad; den raden används.`
              : undefined;
    if (problem !== undefined || organisation === undefined) {
      unmatched.push({ row: index + 1, text, reason: problem ?? '' });
      continue;
    }
    contacts.set(organisation, { organisation, contactPerson: cell(row, 'contactPerson'), email, phone: cell(row, 'phone') });
  }
  return { contacts: [...contacts.values()], unmatched };
}

/** The register with these contacts put in (each replacing its organisation's), in the list's order. */
export function withContacts(register: readonly RegisterContact[], contacts: readonly RegisterContact[], organisations: readonly string[]): RegisterContact[] {
  const byOrganisation = new Map(register.map((contact) => [contact.organisation, contact]));
  for (const contact of contacts) byOrganisation.set(contact.organisation, contact);
  return organisations.flatMap((organisation) => {
    const contact = byOrganisation.get(organisation);
    return contact === undefined || isEmpty(contact) ? [] : [contact];
  });
}

function isEmpty(contact: RegisterContact): boolean {
  return contact.contactPerson === '' && contact.email === '' && contact.phone === '';
}

/** A report naming another contact than the register has: shown to the coordinator, who chooses. */
export interface ContactConflict {
  organisation: string;
  register: RegisterContact;
  report: RegisterContact;
}

function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * What the reports read now do to the register: a contact for each organisation the register
 * has none for, and a conflict for each that names another address than the register's (unless
 * the coordinator already chose the register's over that address).
 */
export function reconcileWithReports(
  register: readonly RegisterContact[],
  fromReports: readonly RegisterContact[],
  dismissed: readonly { organisation: string; email: string }[],
): { added: RegisterContact[]; conflicts: ContactConflict[] } {
  const added: RegisterContact[] = [];
  const conflicts: ContactConflict[] = [];
  for (const report of fromReports) {
    if (!isEmailAddress(report.email)) continue;
    const known = register.find((contact) => contact.organisation === report.organisation);
    if (known === undefined || known.email === '') {
      if (known === undefined && !added.some((contact) => contact.organisation === report.organisation)) added.push(report);
      continue;
    }
    if (sameAddress(known.email, report.email)) continue;
    if (dismissed.some((choice) => choice.organisation === report.organisation && sameAddress(choice.email, report.email))) continue;
    if (!conflicts.some((conflict) => conflict.organisation === report.organisation))
      conflicts.push({ organisation: report.organisation, register: known, report });
  }
  return { added, conflicts };
}

/** The register's contacts with an address, for the organisations that have not sent. */
export function reminderRecipients(missing: readonly string[], register: readonly RegisterContact[]): { organisation: string; email: string }[] {
  return missing.flatMap((organisation) => {
    const contact = register.find((candidate) => candidate.organisation === organisation);
    return contact === undefined || !isEmailAddress(contact.email) ? [] : [{ organisation, email: contact.email.trim() }];
  });
}

/** The register's rows as the Excel file writes them. */
export const REGISTER_HEADINGS = ['Organisation', 'Kontaktperson', 'E-post', 'Telefon'] as const;
