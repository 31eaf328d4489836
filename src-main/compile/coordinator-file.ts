// What the coordinator's side keeps between sessions, in <data>/sammanstallning.json, stored
// like the settings (lowdb over the durable adapter, last good copy kept): organisations added
// to the city's list, the folders last read, the register of contact persons, each period's
// last day for sending, and the report contacts the coordinator chose not to take.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { fileSystemError } from '../errors/file-errors.ts';
import { DATA_FOLDER_MODE } from '../files/durable-write.ts';
import { PERIOD_IDS } from '../report/form-definition.ts';
import { cleanLine } from '../report/clean-text.ts';
import { periodSchema, yearSchema } from '../report/model.ts';
import { DamagedFileError, DurableJsonFile, NewerVersionError } from '../store/durable-json-file.ts';
import type { RegisterContact } from './contact-register.ts';

const SCHEMA_VERSION = 2;
const MAX_CONTACTS = 1_000;
/** More organisations than the city has, many times over. */
export const MAX_ADDED_ORGANISATIONS = 500;

const line = (max: number) => z.string().max(max).transform(cleanLine);

const registerContactSchema = z.object({
  organisation: z.string().min(1).max(200).transform(cleanLine),
  contactPerson: line(2_000),
  email: line(320),
  phone: line(200),
});

/** "Sista dag" for sending a period's report: a date, as the coordinator set it. */
const deadlineSchema = z.object({ period: periodSchema, year: yearSchema, date: z.iso.date() });

const coordinatorValuesSchema = z.object({
  addedOrganisations: z.array(z.string().min(1).max(200).transform(cleanLine)).max(MAX_ADDED_ORGANISATIONS),
  folders: z.array(z.string().min(1).max(4_096)).max(20),
  /** "Mottagaren" was read last time too. */
  receiver: z.boolean().default(false),
  /** The register of contact persons: one for each organisation at most. */
  register: z.array(registerContactSchema).max(MAX_CONTACTS),
  deadlines: z.array(deadlineSchema).max(100),
  /** A report's contact the coordinator chose not to take over the register's. */
  keptOver: z.array(z.object({ organisation: z.string().max(200), email: z.string().max(320) })).max(MAX_CONTACTS),
});

export type CoordinatorValues = z.output<typeof coordinatorValuesSchema>;
export type Deadline = z.output<typeof deadlineSchema>;

const fileSchema = coordinatorValuesSchema.extend({ schemaVersion: z.literal(SCHEMA_VERSION) });

/** Version 1 remembered the latest report's contact of each organisation: they become the register. */
const version1Schema = z.object({
  schemaVersion: z.literal(1),
  addedOrganisations: z.array(z.string()),
  folders: z.array(z.string()),
  contacts: z.array(z.object({ organisation: z.string(), contactPerson: z.string(), email: z.string() })),
});

function migrated(raw: unknown): unknown {
  const old = version1Schema.safeParse(raw);
  if (!old.success) return raw;
  const { contacts, ...rest } = old.data;
  return { ...rest, schemaVersion: 2, register: contacts.map((contact) => ({ ...contact, phone: '' })), deadlines: [], keptOver: [] };
}

const EMPTY: CoordinatorValues = { addedOrganisations: [], folders: [], receiver: false, register: [], deadlines: [], keptOver: [] };

function parseFile(raw: unknown): CoordinatorValues {
  const version = typeof raw === 'object' && raw !== null && 'schemaVersion' in raw ? raw.schemaVersion : undefined;
  if (typeof version === 'number' && version > SCHEMA_VERSION) throw new NewerVersionError(version);
  const { schemaVersion: _version, ...values } = fileSchema.parse(migrated(raw));
  return values;
}

/** A contact a report named that the register can keep (an address longer than any real one is not). */
export function fitsTheRegister(contact: RegisterContact): boolean {
  return registerContactSchema.safeParse(contact).success;
}

/** Later periods first: a year's VB after its T2, next year's T1 after both. */
export function periodOrder(contact: { period: (typeof PERIOD_IDS)[number]; year: number }): number {
  return contact.year * PERIOD_IDS.length + PERIOD_IDS.indexOf(contact.period);
}

export class CoordinatorFile {
  readonly #db: Low<CoordinatorValues | null>;
  #loaded: Promise<void> | undefined;
  #updating: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataFolder: string,
    now: () => Date,
  ) {
    const adapter = new DurableJsonFile<CoordinatorValues | null>(join(dataFolder, 'sammanstallning.json'), {
      parse: parseFile,
      serialize: (values) => ({ schemaVersion: SCHEMA_VERSION, ...values }),
      setAsideFolder: join(dataFolder, 'set-aside'),
      now,
    });
    this.#db = new Low<CoordinatorValues | null>(adapter, null);
  }

  async get(): Promise<CoordinatorValues> {
    this.#loaded ??= this.#db.read().catch((error: unknown) => {
      this.#loaded = undefined;
      // Nothing here is the user's writing: a damaged file with no good copy starts afresh.
      if (error instanceof DamagedFileError) return;
      if (error instanceof NewerVersionError)
        throw new AppError('newer-version', 'Sammanställningens uppgifter är sparade av en nyare version av appen. Uppdatera appen.');
      throw fileSystemError(error, 'att läsa sammanställningens uppgifter');
    });
    await this.#loaded;
    return this.#db.data ?? EMPTY;
  }

  /** Changes run one after another, so two scans at once cannot lose each other's contacts. */
  update(change: (values: CoordinatorValues) => CoordinatorValues): Promise<CoordinatorValues> {
    const updated = this.#updating.then(() => this.#update(change));
    this.#updating = updated.catch(() => undefined);
    return updated;
  }

  async #update(change: (values: CoordinatorValues) => CoordinatorValues): Promise<CoordinatorValues> {
    // Checked against the file's own schema before it is written: what is written can always be read back.
    const checked = coordinatorValuesSchema.safeParse(change(await this.get()));
    if (!checked.success) throw new AppError('invalid-request', 'Sammanställningens uppgifter blev för stora för att sparas; inget ändrades.');
    const changed = checked.data;
    this.#db.data = changed;
    try {
      await mkdir(this.dataFolder, { recursive: true, mode: DATA_FOLDER_MODE });
      await this.#db.write();
    } catch (error) {
      throw fileSystemError(error, 'att spara sammanställningens uppgifter');
    }
    return changed;
  }
}
