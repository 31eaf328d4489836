// What the coordinator's side keeps between sessions, in <data>/sammanstallning.json, stored
// like the settings (lowdb over the durable adapter, last good copy kept): organisations added
// to the city's list, the folders last read, and each organisation's contact person as its
// latest report named them, so a reminder reaches someone even when this period's folder
// holds nothing from them.
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
import { organisationKey } from '../report/organisation.ts';
import { DamagedFileError, DurableJsonFile, NewerVersionError } from '../store/durable-json-file.ts';

const SCHEMA_VERSION = 1;
const MAX_CONTACTS = 1_000;
/** More organisations than the city has, many times over. */
export const MAX_ADDED_ORGANISATIONS = 500;

const contactSchema = z.object({
  organisation: z.string().max(200).transform(cleanLine),
  contactPerson: z.string().max(2_000).transform(cleanLine),
  email: z.string().max(320).transform(cleanLine),
  period: periodSchema,
  year: yearSchema,
});

const coordinatorValuesSchema = z.object({
  addedOrganisations: z.array(z.string().min(1).max(200).transform(cleanLine)).max(MAX_ADDED_ORGANISATIONS),
  folders: z.array(z.string().min(1).max(4_096)).max(20),
  /** One for each organisation: its latest report's contact person. */
  contacts: z.array(contactSchema).max(MAX_CONTACTS),
});

export type CoordinatorValues = z.output<typeof coordinatorValuesSchema>;
export type KnownContact = z.output<typeof contactSchema>;

const fileSchema = coordinatorValuesSchema.extend({ schemaVersion: z.literal(SCHEMA_VERSION) });

const EMPTY: CoordinatorValues = { addedOrganisations: [], folders: [], contacts: [] };

function parseFile(raw: unknown): CoordinatorValues {
  const version = typeof raw === 'object' && raw !== null && 'schemaVersion' in raw ? raw.schemaVersion : undefined;
  if (typeof version === 'number' && version > SCHEMA_VERSION) throw new NewerVersionError(version);
  const { schemaVersion: _version, ...values } = fileSchema.parse(raw);
  return values;
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

/** A contact a report named that the file can keep (an address longer than any real one is not). */
function fitsTheFile(contact: KnownContact): boolean {
  return contactSchema.safeParse(contact).success;
}

/**
 * The contacts, each organisation's replaced only by one from a later (or the same) period;
 * `seen` is in the order the versions were saved, so the latest of a period is kept. At most
 * as many as the file keeps, the most recent periods first.
 */
export function withLatestContacts(known: readonly KnownContact[], seen: readonly KnownContact[]): KnownContact[] {
  const contacts = new Map(known.map((contact) => [organisationKey(contact.organisation), contact]));
  for (const contact of seen.filter(fitsTheFile)) {
    const key = organisationKey(contact.organisation);
    const before = contacts.get(key);
    if (before === undefined || periodOrder(contact) >= periodOrder(before)) contacts.set(key, contact);
  }
  return [...contacts.values()].sort((a, b) => periodOrder(b) - periodOrder(a)).slice(0, MAX_CONTACTS);
}
