// Who may submit: one key per sender, made by `add-sender`, shown once and never stored; and
// who may read what was submitted: one key per coordinator, made by `add-coordinator`.
// senders.json keeps only each key's SHA-256 with the organisation (or coordinator) it belongs
// to, so a copy of the data folder lets no one submit or read. The receiver rereads the file when it changes, so a
// sender added (or removed by hand) while it runs counts at once.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { AppError, isErrno } from '../errors/app-error.ts';
import { operatorFileError } from '../errors/file-errors.ts';
import { DATA_FOLDER_MODE, writeFileDurably } from '../files/durable-write.ts';
import { organisationKey, organisationName } from '../report/organisation.ts';

// 256 bits: past guessing, and still a line that can be pasted.
const KEY_BYTES = 32;
const MAX_ORGANISATION_LENGTH = 200;

const senderSchema = z.object({
  organisation: z.string().min(1).max(MAX_ORGANISATION_LENGTH),
  keyHash: z.string().regex(/^[0-9a-f]{64}$/),
  addedAt: z.iso.datetime(),
});

const coordinatorSchema = z.object({
  name: z.string().min(1).max(MAX_ORGANISATION_LENGTH),
  keyHash: z.string().regex(/^[0-9a-f]{64}$/),
  addedAt: z.iso.datetime(),
});

const sendersFileSchema = z.object({
  schemaVersion: z.literal(1),
  senders: z.array(senderSchema),
  /** Coordinators at the city executive office, who read what was submitted. */
  coordinators: z.array(coordinatorSchema).optional(),
});

type Sender = z.output<typeof senderSchema>;
type Coordinator = z.output<typeof coordinatorSchema>;

/** Whose a key is: a sender's (an organisation's), or a coordinator's. */
export type KeyHolder = { role: 'sender'; organisation: string } | { role: 'coordinator'; name: string };
type SendersFile = z.output<typeof sendersFileSchema>;

function sendersPath(dataFolder: string): string {
  return join(dataFolder, 'senders.json');
}

function hashKey(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}

async function readSendersFile(path: string): Promise<SendersFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return { schemaVersion: 1, senders: [] };
    throw operatorFileError(error, 'att läsa avsändarlistan', dirname(path));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new AppError('corrupt', `Avsändarlistan ${path} är skadad (ingen giltig JSON). Rätta den, eller ta den senaste kopian ${path}.bak.`, {
      cause: error,
    });
  }
  const parsed = sendersFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError('corrupt', `Avsändarlistan ${path} har inte rätt innehåll. Rätta den, eller ta den senaste kopian ${path}.bak.`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/** "Kulturnämnden: kulturförvaltningen" -> "Kulturnämnden"; refuses a name that names nothing. */
function checkedOrganisation(given: string): string {
  const name = organisationName(given);
  if (organisationKey(name) === '' || /\p{Cc}/u.test(name)) throw new AppError('invalid-request', 'Ange organisationens namn, t.ex. "Kulturnämnden".');
  if (name.length > MAX_ORGANISATION_LENGTH) throw new AppError('invalid-request', `Organisationens namn är längre än ${MAX_ORGANISATION_LENGTH} tecken.`);
  return name;
}

/**
 * Makes a new key for `organisation` and stores its hash. Returns the key, which exists
 * nowhere else from then on: the caller shows it once.
 */
export async function addSender(dataFolder: string, organisation: string, now: Date): Promise<{ organisation: string; key: string }> {
  const name = checkedOrganisation(organisation);
  const path = sendersPath(dataFolder);
  const current = await readSendersFile(path);
  const key = randomBytes(KEY_BYTES).toString('base64url');
  const next: SendersFile = {
    ...current,
    senders: [...current.senders, { organisation: name, keyHash: hashKey(key).toString('hex'), addedAt: now.toISOString() }],
  };
  try {
    await mkdir(dataFolder, { recursive: true, mode: DATA_FOLDER_MODE });
    await writeFileDurably(path, `${JSON.stringify(next, null, 2)}\n`, 'data');
  } catch (error) {
    throw operatorFileError(error, 'att spara avsändarnyckeln', dataFolder);
  }
  return { organisation: name, key };
}

/** Makes a key for a coordinator (who reads what was submitted) and stores its hash; the caller shows the key once. */
export async function addCoordinator(dataFolder: string, given: string, now: Date): Promise<{ name: string; key: string }> {
  const name = given.replace(/\s+/g, ' ').trim();
  if (name === '' || /\p{Cc}/u.test(name)) throw new AppError('invalid-request', 'Ange samordnarens namn, t.ex. "Stadsledningskontoret, näringslivsenheten".');
  if (name.length > MAX_ORGANISATION_LENGTH) throw new AppError('invalid-request', `Namnet är längre än ${MAX_ORGANISATION_LENGTH} tecken.`);
  const path = sendersPath(dataFolder);
  const current = await readSendersFile(path);
  const key = randomBytes(KEY_BYTES).toString('base64url');
  const next: SendersFile = {
    ...current,
    coordinators: [...(current.coordinators ?? []), { name, keyHash: hashKey(key).toString('hex'), addedAt: now.toISOString() }],
  };
  try {
    await mkdir(dataFolder, { recursive: true, mode: DATA_FOLDER_MODE });
    await writeFileDurably(path, `${JSON.stringify(next, null, 2)}\n`, 'data');
  } catch (error) {
    throw operatorFileError(error, 'att spara samordnarnyckeln', dataFolder);
  }
  return { name, key };
}

/** The senders as senders.json says now; reread whenever the file has changed. */
export class SenderKeys {
  #senders: Sender[] = [];
  #coordinators: Coordinator[] = [];
  #version = '';

  private constructor(private readonly path: string) {}

  static async load(dataFolder: string): Promise<SenderKeys> {
    const keys = new SenderKeys(sendersPath(dataFolder));
    await keys.#refresh();
    return keys;
  }

  get count(): number {
    return this.#senders.length;
  }

  /** The organisation whose key this is, or undefined for a key no sender has. */
  async organisationOf(key: string): Promise<string | undefined> {
    const holder = await this.holderOf(key);
    return holder?.role === 'sender' ? holder.organisation : undefined;
  }

  /** Whose key this is, sender or coordinator, or undefined for a key no one has. */
  async holderOf(key: string): Promise<KeyHolder | undefined> {
    await this.#refresh();
    const presented = hashKey(key);
    // Every stored hash is compared, in constant time each, so the answer's timing says
    // nothing about which hashes exist.
    let found: KeyHolder | undefined;
    for (const sender of this.#senders) {
      if (timingSafeEqual(presented, Buffer.from(sender.keyHash, 'hex'))) found ??= { role: 'sender', organisation: sender.organisation };
    }
    for (const coordinator of this.#coordinators) {
      if (timingSafeEqual(presented, Buffer.from(coordinator.keyHash, 'hex'))) found ??= { role: 'coordinator', name: coordinator.name };
    }
    return found;
  }

  // A rename gives a new inode, an edit a new time or size: either means read it again.
  async #refresh(): Promise<void> {
    let version: string;
    try {
      const info = await stat(this.path, { bigint: true });
      version = `${info.ino}:${info.mtimeNs}:${info.size}`;
    } catch (error) {
      if (!isErrno(error, 'ENOENT')) throw operatorFileError(error, 'att läsa avsändarlistan', dirname(this.path));
      version = 'missing';
    }
    if (version === this.#version) return;
    const file = await readSendersFile(this.path);
    this.#senders = file.senders;
    this.#coordinators = file.coordinators ?? [];
    this.#version = version;
  }
}
