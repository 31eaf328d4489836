// What the coordinator keeps between sessions, in <data>/sammanstallning.json, stored like the
// settings (lowdb over the durable adapter, last good copy kept). Each kind of data declares its
// own part of the file beside its rules: the organisations added to the city's list
// (organisation-list.ts), the register of contact persons and the report contacts not taken
// (contact-register.ts), each period's last day (deadlines.ts) and the sources last read
// (last-sources.ts). On disk they stay side by side in one object, as version 2 wrote them.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { fileSystemError } from '../errors/file-errors.ts';
import { DATA_FOLDER_MODE } from '../files/durable-write.ts';
import { DamagedFileError, DurableJsonFile, NewerVersionError } from '../store/durable-json-file.ts';
import { registerFields } from './contact-register.ts';
import { deadlineFields } from './deadlines.ts';
import { lastSourcesFields } from './last-sources.ts';
import { organisationFields } from './organisation-list.ts';

const SCHEMA_VERSION = 2;

const coordinatorValuesSchema = z.object({ ...organisationFields, ...lastSourcesFields, ...registerFields, ...deadlineFields });

export type CoordinatorValues = z.output<typeof coordinatorValuesSchema>;

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
