// The coordinator's own data, kept between sessions: the list of organisations expected to
// report (the city's and those she added), the register of contact persons (edited here, read
// from her own Excel or CSV file, written out as Excel), each period's last day, and the sources
// she read last. The compilation reads them and hands back what a reading found (the sources,
// the reports' contacts); nothing here reads the sources.
import { AppError } from '../errors/app-error.ts';
import type { ExportPlatform } from '../export/export-service.ts';
import { saveTable, type TableSaving, type WrittenTable } from '../export/save-table.ts';
import type { PeriodOfYear } from '../report/calendar.ts';
import { sameOrganisation } from '../report/organisation.ts';
import { isEmailAddress } from '../report/settings-rules.ts';
import type { JobRunner } from '../worker/jobs.ts';
import type { Table } from '../xlsx/write-table.ts';
import type { XlsxJobs } from '../xlsx/xlsx-jobs.ts';
import {
  fitsTheRegister,
  reconcileWithReports,
  REGISTER_HEADINGS,
  registerFromTable,
  withContacts,
  type ContactConflict,
  type RegisterContact,
  type UnmatchedRow,
} from './contact-register.ts';
import { CoordinatorFile, type CoordinatorValues } from './coordinator-file.ts';
import { withDeadline, type Deadline } from './deadlines.ts';
import type { LastSources } from './last-sources.ts';
import { additionProblem, MAX_ADDED_ORGANISATIONS, organisationList, type ListedOrganisation } from './organisation-list.ts';

/** What the coordinator keeps, as the screen shows it. */
export interface CoordinatorData {
  organisations: ListedOrganisation[];
  /** The register of contact persons, in the list's order. */
  register: RegisterContact[];
  /** Each period's last day for sending, as the coordinator set it. */
  deadlines: Deadline[];
}

export interface ImportedContacts {
  data: CoordinatorData;
  /** How many organisations' contacts the file gave. */
  imported: number;
  unmatched: UnmatchedRow[];
}

export interface CoordinatorServiceOptions {
  dataFolder: string;
  runner: JobRunner<XlsxJobs>;
  platform: ExportPlatform;
  now?: (() => Date) | undefined;
  /** Told of each file written for the user, so "Öppna" may open it. */
  onWritten?: ((path: string) => void) | undefined;
}

function dataOf(values: CoordinatorValues): CoordinatorData {
  const organisations = organisationList(values.addedOrganisations);
  return {
    organisations,
    register: withContacts(
      values.register,
      [],
      organisations.map(({ name }) => name),
    ),
    deadlines: values.deadlines,
  };
}

function namesOf(values: CoordinatorValues): string[] {
  return organisationList(values.addedOrganisations).map(({ name }) => name);
}

export class CoordinatorService {
  readonly #file: CoordinatorFile;
  readonly #runner: JobRunner<XlsxJobs>;
  readonly #saving: TableSaving;

  constructor(options: CoordinatorServiceOptions) {
    this.#file = new CoordinatorFile(options.dataFolder, options.now ?? (() => new Date()));
    this.#runner = options.runner;
    this.#saving = { runner: options.runner, platform: options.platform, onWritten: options.onWritten ?? (() => undefined) };
  }

  async data(): Promise<CoordinatorData> {
    return dataOf(await this.#file.get());
  }

  async lastSources(): Promise<LastSources> {
    const { folders, receiver } = await this.#file.get();
    return { folders, receiver };
  }

  async addOrganisation(name: string): Promise<CoordinatorData> {
    const problem = additionProblem(name, (await this.data()).organisations, MAX_ADDED_ORGANISATIONS);
    if (problem !== undefined) throw new AppError('invalid-request', problem);
    return this.#update((values) => ({ ...values, addedOrganisations: [...values.addedOrganisations, name.trim()] }));
  }

  removeOrganisation(name: string): Promise<CoordinatorData> {
    return this.#update((values) => ({
      ...values,
      addedOrganisations: values.addedOrganisations.filter((added) => !sameOrganisation(added, name)),
    }));
  }

  /** "Sista dag" for a period; null takes it away. */
  setDeadline(period: PeriodOfYear, date: string | null): Promise<CoordinatorData> {
    return this.#update((values) => ({ ...values, deadlines: withDeadline(values.deadlines, period, date) }));
  }

  /** One organisation's contact in the register, as the coordinator typed it (all empty: none). */
  async saveContact(contact: RegisterContact): Promise<CoordinatorData> {
    const listed = (await this.data()).organisations.find(({ name }) => sameOrganisation(name, contact.organisation));
    if (listed === undefined) throw new AppError('invalid-request', `${contact.organisation} finns inte i listan över nämnder och bolag.`);
    if (contact.email.trim() !== '' && !isEmailAddress(contact.email))
      throw new AppError('invalid-request', `"${contact.email.trim()}" är ingen e-postadress.`);
    return this.#update((values) => ({
      ...values,
      register: withContacts(values.register, [{ ...contact, organisation: listed.name }], namesOf(values)),
      // A contact the coordinator set now answers the report's that differed.
      keptOver: values.keptOver.filter((choice) => choice.organisation !== listed.name),
    }));
  }

  /** "Behåll registrets": a report's differing contact is not asked about again. */
  keepRegisterContact(organisation: string, reportEmail: string): Promise<CoordinatorData> {
    return this.#update((values) => ({ ...values, keptOver: [...values.keptOver, { organisation, email: reportEmail.trim() }] }));
  }

  /** The coordinator's own Excel or CSV file, read into the register: its rows replace those organisations' contacts. */
  async importContacts(fileName: string, bytes: Uint8Array): Promise<ImportedContacts> {
    const rows = await this.#runner.run('read-table', { name: fileName, bytes });
    const names = (await this.data()).organisations.map(({ name }) => name);
    const read = registerFromTable(rows, names);
    if (read.problem !== undefined) throw new AppError('invalid-request', read.problem);
    const data = await this.#update((values) => ({ ...values, register: withContacts(values.register, read.contacts, names) }));
    return { data, imported: read.contacts.length, unmatched: read.unmatched };
  }

  /** The register as an Excel file, to keep or to edit and read in again. */
  async exportContacts(): Promise<WrittenTable | null> {
    const { register } = await this.data();
    const table: Table = {
      sheetName: 'Kontaktpersoner',
      columns: REGISTER_HEADINGS.map((header) => ({ header, kind: 'text' as const, width: header === 'Organisation' ? 42 : 28 })),
      rows: register.map((contact) => [contact.organisation, contact.contactPerson, contact.email, contact.phone]),
    };
    return saveTable(this.#saving, table, 'Kontaktpersoner näringsliv.xlsx');
  }

  /**
   * What a reading of the sources leaves behind, in one change: the sources read, and the
   * reports' contacts for the organisations the register has none for. Returns the reports'
   * contacts that differ from the register's, for the coordinator to choose.
   */
  async afterReading(sources: LastSources, fromReports: readonly RegisterContact[]): Promise<ContactConflict[]> {
    let conflicts: ContactConflict[] = [];
    await this.#file.update((values) => {
      const reconciled = reconcileWithReports(values.register, fromReports.filter(fitsTheRegister), values.keptOver);
      conflicts = reconciled.conflicts;
      return { ...values, ...sources, register: withContacts(values.register, reconciled.added, namesOf(values)) };
    });
    return conflicts;
  }

  /** Contacts found elsewhere (an earlier period's report) for organisations the register lacks, those it can keep. */
  async addFoundContacts(found: readonly RegisterContact[]): Promise<void> {
    const fitting = found.filter(fitsTheRegister);
    if (fitting.length === 0) return;
    await this.#file.update((values) => ({ ...values, register: withContacts(values.register, fitting, namesOf(values)) }));
  }

  async #update(change: (values: CoordinatorValues) => CoordinatorValues): Promise<CoordinatorData> {
    return dataOf(await this.#file.update(change));
  }
}
