// "Inställningar": the user's own settings, stored like reports (lowdb over the durable
// adapter, versioned, last good copy kept), over the defaults IT may deploy in a read-only
// file so that a managed laptop arrives configured.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { AppError, isErrno } from '../errors/app-error.ts';
import { fileSystemError } from '../errors/file-errors.ts';
import { DATA_FOLDER_MODE } from '../files/durable-write.ts';
import { readFileBounded } from '../files/read-bounded.ts';
import { coordinatorKeyProblem, receiverUrlProblem, isEmailAddress, senderKeyProblem } from '../report/settings-rules.ts';
import { DamagedFileError, DurableJsonFile, NewerVersionError } from '../store/durable-json-file.ts';
import {
  itDefaultsFileSchema,
  mergeSettings,
  SECRET_FIELDS,
  SETTINGS_SCHEMA_VERSION,
  settingsFileSchema,
  settingsInputSchema,
  type SettingsInput,
  type SettingsValues,
  type StoredSettings,
} from './settings-model.ts';
import type { SecretStore } from './secret-store.ts';

export interface SettingsView {
  /** What the app uses: the user's values over IT's defaults. */
  effective: SettingsValues;
  /** Where the sender key is kept, for the screen to say. */
  senderKeyStorage: string;
  /** What the user has set. */
  user: SettingsValues;
  /** IT's defaults, shown beside each field. */
  itDefaults: SettingsValues;
  /** Said when IT's file exists but cannot be read. */
  notices: string[];
}

const EMPTY: SettingsValues = { contactDefaults: {} };

export class SettingsService {
  readonly #db: Low<StoredSettings | null>;
  readonly #adapter: DurableJsonFile<StoredSettings | null>;
  #loaded: Promise<void> | undefined;

  constructor(
    private readonly dataFolder: string,
    private readonly itDefaultsPath: string | undefined,
    now: () => Date = () => new Date(),
    private readonly secrets?: SecretStore,
  ) {
    this.#adapter = new DurableJsonFile<StoredSettings | null>(join(dataFolder, 'settings.json'), {
      parse: parseSettingsFile,
      serialize: (values) => ({ schemaVersion: SETTINGS_SCHEMA_VERSION, ...values }),
      setAsideFolder: join(dataFolder, 'set-aside'),
      now,
    });
    this.#db = new Low<StoredSettings | null>(this.#adapter, null);
  }

  async get(): Promise<SettingsView> {
    const { values: user, notices: keyNotices } = await this.#revealed(await this.#user());
    const { values: itDefaults, notices } = await this.#itDefaults();
    return { effective: mergeSettings(itDefaults, user), senderKeyStorage: await this.#keyStorage(), user, itDefaults, notices: [...keyNotices, ...notices] };
  }

  /** What a new report's header starts with (the user's over IT's), read without revealing a key. */
  async contactDefaults(): Promise<SettingsValues['contactDefaults']> {
    const { values: itDefaults } = await this.#itDefaults();
    return mergeSettings(itDefaults, await this.#user()).contactDefaults;
  }

  async effective(): Promise<SettingsValues> {
    return (await this.get()).effective;
  }

  async save(input: SettingsInput): Promise<SettingsView> {
    const values = settingsInputSchema.parse(input);
    const problem = settingsProblem(values);
    if (problem !== undefined) throw new AppError('invalid-request', problem);
    await this.#user();
    this.#db.data = await this.#protected(values);
    try {
      await mkdir(this.dataFolder, { recursive: true, mode: DATA_FOLDER_MODE });
      await this.#db.write();
    } catch (error) {
      throw fileSystemError(error, 'att spara inställningarna');
    }
    return this.get();
  }

  /** Where the key is kept: encrypted where the door can, else in plain text in settings.json. */
  async #keyStorage(): Promise<string> {
    if (this.secrets !== undefined && (await this.secrets.available())) return this.secrets.description;
    return `i klartext i ${join(this.dataFolder, 'settings.json')}`;
  }

  /** The values to store: the keys encrypted, where they can be. */
  async #protected(values: SettingsValues): Promise<StoredSettings> {
    if (this.secrets === undefined || !(await this.secrets.available())) return values;
    const stored: StoredSettings = { ...values };
    for (const { field, stored: protectedField } of SECRET_FIELDS) {
      const key = values[field];
      if (key === undefined || key.trim() === '') continue;
      delete stored[field];
      stored[protectedField] = await this.secrets.protect(key);
    }
    return stored;
  }

  /** The stored values with the keys readable again; one that cannot be read here is said so. */
  async #revealed(stored: StoredSettings): Promise<{ values: SettingsValues; notices: string[] }> {
    const { senderKeyProtected: _sender, coordinatorKeyProtected: _coordinator, ...values } = stored;
    const notices: string[] = [];
    for (const { field, stored: protectedField } of SECRET_FIELDS) {
      const ciphertext = stored[protectedField];
      if (ciphertext === undefined) continue;
      try {
        if (this.secrets === undefined) throw new Error('ingen krypteringsnyckel');
        values[field] = await this.secrets.reveal(ciphertext);
      } catch {
        const which = field === 'senderKey' ? 'avsändarnyckeln' : 'samordnarnyckeln';
        notices.push(`Den sparade ${which} kunde inte läsas här (den krypterades för en annan användare eller dator). Ange nyckeln igen under Inställningar.`);
      }
    }
    return { values, notices };
  }

  async #user(): Promise<StoredSettings> {
    this.#loaded ??= this.#db.read().catch((error: unknown) => {
      this.#loaded = undefined;
      // A damaged settings file with no good copy: start from IT's defaults rather than stop.
      if (error instanceof DamagedFileError) return;
      if (error instanceof NewerVersionError) throw new AppError('newer-version', 'Inställningarna är sparade av en nyare version av appen. Uppdatera appen.');
      throw fileSystemError(error, 'att läsa inställningarna');
    });
    await this.#loaded;
    return this.#db.data ?? EMPTY;
  }

  async #itDefaults(): Promise<{ values: SettingsValues; notices: string[] }> {
    if (this.itDefaultsPath === undefined) return { values: EMPTY, notices: [] };
    let text: string;
    try {
      text = (await readFileBounded(this.itDefaultsPath, 1024 * 1024)).toString('utf8').replace(/^\uFEFF/, '');
    } catch (error) {
      if (error instanceof AppError && error.code === 'not-found') return { values: EMPTY, notices: [] };
      if (isErrno(error, 'ENOENT')) return { values: EMPTY, notices: [] };
      return {
        values: EMPTY,
        notices: [`Förinställningarna i ${this.itDefaultsPath} kunde inte läsas: ${error instanceof Error ? error.message : String(error)}`],
      };
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return { values: EMPTY, notices: [`Förinställningarna i ${this.itDefaultsPath} är inte giltig JSON och används inte. Kontakta IT.`] };
    }
    const parsed = itDefaultsFileSchema.safeParse(raw);
    if (!parsed.success) return { values: EMPTY, notices: [`Förinställningarna i ${this.itDefaultsPath} har fel form och används inte. Kontakta IT.`] };
    const { schemaVersion: _version, ...values } = parsed.data;
    return { values, notices: [] };
  }
}

function parseSettingsFile(raw: unknown): StoredSettings {
  const version = typeof raw === 'object' && raw !== null && 'schemaVersion' in raw ? raw.schemaVersion : undefined;
  if (typeof version === 'number' && version > SETTINGS_SCHEMA_VERSION) throw new NewerVersionError(version);
  const { schemaVersion: _version, ...values } = settingsFileSchema.parse(raw);
  return values;
}

/** The first problem with the values, in Swedish, naming the field. */
function settingsProblem(values: SettingsValues): string | undefined {
  if (values.receiverUrl !== undefined && values.receiverUrl.trim() !== '') {
    const problem = receiverUrlProblem(values.receiverUrl);
    if (problem !== undefined) return `Mottagningsadress: ${problem}`;
  }
  if (values.senderKey !== undefined) {
    const problem = senderKeyProblem(values.senderKey);
    if (problem !== undefined) return problem;
  }
  if (values.coordinatorKey !== undefined) {
    const problem = coordinatorKeyProblem(values.coordinatorKey);
    if (problem !== undefined) return problem;
  }
  if (values.coordinatorEmail !== undefined && values.coordinatorEmail.trim() !== '' && !isEmailAddress(values.coordinatorEmail)) {
    return `Samordnarens e-post: "${values.coordinatorEmail}" är ingen e-postadress.`;
  }
  const email = values.contactDefaults.email;
  if (email !== undefined && email.trim() !== '' && !isEmailAddress(email)) return `E-post: "${email}" är ingen e-postadress.`;
  return undefined;
}
