// "Sammanställning": reads the chosen sources for a period against the coordinator's list and
// last days (coordinator/), shows who has sent (and who was late), writes the compiled
// document, the status as an Excel file, and the reminder to those who have not. Every call
// reads the sources afresh, so what is written is what is on disk now; nothing in them is
// ever changed.
import { isAbsolute, join } from 'node:path';
import { AppError } from '../errors/app-error.ts';
import { fileSystemError } from '../errors/file-errors.ts';
import type { ExportPlatform } from '../export/export-service.ts';
import { writeFileDurably } from '../files/durable-write.ts';
import { readFileBounded } from '../files/read-bounded.ts';
import { periodLabel, type PeriodOfYear } from '../report/calendar.ts';
import { sameOrganisation } from '../report/organisation.ts';
import { isEmailAddress } from '../report/settings-rules.ts';
import type { SettingsService } from '../settings/settings-service.ts';
import type { CompilationScan, ReceivedItem, ScanOutcome } from './compilation-scan.ts';
import { composeReminder } from './compose-reminder.ts';
import { reminderRecipients, type RegisterContact } from '../coordinator/contact-register.ts';
import type { CoordinatorService } from '../coordinator/coordinator-service.ts';
import { deadlineOf } from '../coordinator/deadlines.ts';
import type { LastSources } from '../coordinator/last-sources.ts';
import { PERIOD_IDS } from '../form/vocabulary.ts';
import { saveTable, type TableSaving, type WrittenTable } from '../export/save-table.ts';
import { statusTable } from './status-table.ts';
import type { XlsxJobs } from '../xlsx/xlsx-jobs.ts';
import { outputProblem, uniqueFolders } from './folder-paths.ts';
import { scanSources } from './scan-sources.ts';
import type { ReceiverSource } from './read-receiver-source.ts';
import type { ReceiverConnection } from '../network/receiver-connection.ts';
import { toCompilation } from './to-compilation.ts';
import type { JobRunner } from '../worker/jobs.ts';
import type { CompileJobs } from './compile-jobs.ts';

export interface CompileRequest {
  period: PeriodOfYear;
  folders: string[];
  /** "Mottagaren" is read too: the address and coordinator key from Inställningar. */
  receiver?: boolean | undefined;
  /** Organisations chosen by hand for files the app could not place, by the file's key. */
  assignments: readonly { key: string; organisation: string }[];
}

/** The sources as Sammanställning offers them: those read last time, and what can be chosen. */
export interface CompilationSources extends LastSources {
  /** A receiver address is set under Inställningar, so "Mottagaren" can be chosen. */
  receiverAddress?: string | undefined;
  /** A folder can be chosen in a dialog (in the app; the preview has none). */
  canChooseFolder: boolean;
}

export interface CompiledFile {
  path: string;
  canOpen: boolean;
  scan: CompilationScan;
}

export interface WrittenReminder {
  path: string;
  /** The draft was opened in the mail program. */
  opened: boolean;
  /** The draft can be opened or shown from here (in the app; not in the preview). */
  canOpen: boolean;
  recipients: { organisation: string; email: string }[];
  /** Organisations that have not sent and have no address in the register: to be reached another way. */
  withoutAddress: string[];
  scan: CompilationScan;
}

function compilationName(period: PeriodOfYear): string {
  return `Sammanställning näringsliv ${periodLabel(period)}.docx`;
}

function reminderName(period: PeriodOfYear): string {
  return `Påminnelse näringsliv ${periodLabel(period)}.eml`;
}

function nonEmpty(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Later periods first: a year's VB after its T2, next year's T1 after both. */
function periodOrder({ period, year }: PeriodOfYear): number {
  return year * PERIOD_IDS.length + PERIOD_IDS.indexOf(period);
}

export interface CompilationServiceOptions {
  /** The coordinator's list, last days and register, which every reading is made against. */
  coordinator: CoordinatorService;
  runner: JobRunner<CompileJobs & XlsxJobs>;
  settings: SettingsService;
  platform: ExportPlatform;
  /** How "Mottagaren" is reached: the same way as the outbox's submissions. */
  connection: ReceiverConnection;
  now?: (() => Date) | undefined;
  /** Told of each file written for the user, so "Öppna" may open it. */
  onWritten?: ((path: string) => void) | undefined;
}

export class CompilationService {
  readonly #coordinator: CoordinatorService;
  readonly #saving: TableSaving;
  private readonly runner: JobRunner<CompileJobs & XlsxJobs>;
  private readonly settings: SettingsService;
  private readonly platform: ExportPlatform;
  private readonly connection: ReceiverConnection;
  private readonly now: () => Date;
  private readonly onWritten: (path: string) => void;

  constructor(options: CompilationServiceOptions) {
    this.runner = options.runner;
    this.settings = options.settings;
    this.platform = options.platform;
    this.connection = options.connection;
    this.now = options.now ?? (() => new Date());
    this.onWritten = options.onWritten ?? (() => undefined);
    this.#coordinator = options.coordinator;
    this.#saving = { runner: this.runner, platform: this.platform, onWritten: this.onWritten };
  }

  async sources(): Promise<CompilationSources> {
    return {
      ...(await this.#coordinator.lastSources()),
      receiverAddress: nonEmpty((await this.settings.effective()).receiverUrl),
      canChooseFolder: this.platform.chooseFolder !== undefined,
    };
  }

  async chooseFolder(): Promise<string | null> {
    return (await this.platform.chooseFolder?.()) ?? null;
  }

  async scan(request: CompileRequest): Promise<CompilationScan> {
    return (await this.#read(request)).outcome.scan;
  }

  async compile(request: CompileRequest): Promise<CompiledFile | null> {
    const { outcome, folders } = await this.#read(request);
    const chosen = await this.platform.chooseSavePath(compilationName(request.period), 'docx');
    if (chosen === undefined) return null;
    const problem = await outputProblem(chosen, folders);
    if (problem !== undefined) throw new AppError('invalid-request', problem);
    const { path } = await this.runner.run('write-compilation', { compilation: toCompilation(outcome, this.now()), outputPath: chosen });
    this.onWritten(path);
    return { path, canOpen: this.platform.openFile !== undefined, scan: outcome.scan };
  }

  /** "Exportera status": the table as the screen shows it, as an Excel file. */
  async exportStatus(request: CompileRequest): Promise<WrittenTable | null> {
    const { outcome, folders } = await this.#read(request);
    const { register } = await this.#coordinator.data();
    return saveTable(this.#saving, statusTable(outcome.scan, register), `Status näringsliv ${periodLabel(request.period)}.xlsx`, (path) =>
      outputProblem(path, folders),
    );
  }

  async reminder(request: CompileRequest): Promise<WrittenReminder | null> {
    const { outcome, items, folders } = await this.#read(request);
    const missing = outcome.scan.organisations.filter((organisation) => organisation.counted === undefined).map((organisation) => organisation.name);
    if (missing.length === 0) throw new AppError('invalid-request', `Alla har skickat för ${periodLabel(request.period)}: ingen påminnelse behövs.`);
    await this.#fillFromEarlierVersions(missing, items, request.period);
    const { register } = await this.#coordinator.data();
    const recipients = reminderRecipients(missing, register);
    const withoutAddress = missing.filter((organisation) => !recipients.some((recipient) => recipient.organisation === organisation));
    const { coordinatorEmail } = await this.settings.effective();
    const chosen = await this.platform.chooseSavePath(reminderName(request.period), 'email');
    if (chosen === undefined) return null;
    const problem = await outputProblem(chosen, folders);
    if (problem !== undefined) throw new AppError('invalid-request', problem);
    try {
      const message = await composeReminder({ period: request.period, deadline: outcome.scan.deadline, recipients, coordinatorEmail }, this.now());
      await writeFileDurably(chosen, message, 'document');
    } catch (error) {
      throw fileSystemError(error, 'att spara påminnelsen');
    }
    this.onWritten(chosen);
    let opened = false;
    if (this.platform.openFile !== undefined) {
      opened = await this.platform.openFile(chosen).then(
        () => true,
        () => false,
      );
    }
    return { path: chosen, opened, canOpen: this.platform.openFile !== undefined, recipients, withoutAddress, scan: outcome.scan };
  }

  async #read(request: CompileRequest): Promise<{ outcome: ScanOutcome; items: ReceivedItem[]; folders: string[] }> {
    const typed = request.folders.map((folder) => folder.trim()).filter((folder) => folder !== '');
    const relative = typed.find((folder) => !isAbsolute(folder));
    if (relative !== undefined) {
      throw new AppError(
        'invalid-request',
        `"${relative}" är ingen hel sökväg. Ange hela sökvägen till mappen, t.ex. C:\\Inkommet eller \\\\server\\delad\\inlamning.`,
      );
    }
    const folders = uniqueFolders(typed);
    if (folders.length === 0 && request.receiver !== true)
      throw new AppError('invalid-request', 'Ange minst en mapp att läsa rapporterna från, eller välj Mottagaren.');
    const { organisations, deadlines } = await this.#coordinator.data();
    const assignments = new Map(request.assignments.map(({ key, organisation }) => [key, organisation]));
    const deadline = deadlineOf(deadlines, request.period);
    const receiver = request.receiver === true ? await this.#receiverSource() : undefined;
    const { outcome, items } = await scanSources(
      { folders, receiver },
      { period: request.period, organisations, assignments, now: this.now(), deadline },
      this.runner,
    );
    outcome.scan.contactConflicts = await this.#coordinator.afterReading({ folders, receiver: request.receiver === true }, contactsIn(outcome, items));
    return { outcome, items, folders };
  }

  async #receiverSource(): Promise<ReceiverSource> {
    const { receiverUrl, coordinatorKey } = await this.settings.effective();
    if (receiverUrl === undefined || receiverUrl.trim() === '') {
      throw new AppError('invalid-request', 'Ange mottagningsadressen under Inställningar för att läsa Mottagaren.');
    }
    return { url: receiverUrl.trim(), key: coordinatorKey, connection: this.connection };
  }

  /**
   * For organisations that have not sent and are not in the register: the contact their latest
   * version for an earlier period in the receiver's folder names, put in the register.
   */
  async #fillFromEarlierVersions(missing: readonly string[], items: readonly ReceivedItem[], period: PeriodOfYear): Promise<void> {
    const { register } = await this.#coordinator.data();
    const unknown = missing.filter((organisation) => !register.some((contact) => contact.organisation === organisation && contact.email !== ''));
    const found: RegisterContact[] = [];
    for (const organisation of unknown) {
      const earlier = items
        .flatMap((item) =>
          'elsewhere' in item.content && sameOrganisation(item.content.elsewhere.committee, organisation) ? [{ item, at: item.content.elsewhere.period }] : [],
        )
        .filter(({ at }) => periodOrder(at) < periodOrder(period))
        .sort((a, b) => periodOrder(b.at) - periodOrder(a.at) || b.item.fileTime.localeCompare(a.item.fileTime))[0];
      if (earlier === undefined) continue;
      try {
        const bytes = await readFileBounded(join(earlier.item.file, 'report.json'));
        const { parts } = await this.runner.run('read-received', { name: 'report.json', bytes, chosen: earlier.at });
        const part = parts[0];
        if (part !== undefined && 'report' in part && isEmailAddress(part.report.contact.email)) {
          const { contactPerson, email, phone } = part.report.contact;
          found.push({ organisation, contactPerson, email: email.trim(), phone });
        }
      } catch {
        // An address not found is said in the reminder's result, as for any organisation without one.
      }
    }
    await this.#coordinator.addFoundContacts(found);
  }
}

/** Every contact person a readable report of a listed organisation named, newest version first: each organisation's latest counts. */
function contactsIn(outcome: ScanOutcome, items: readonly ReceivedItem[]): RegisterContact[] {
  const listed = outcome.scan.organisations.map((organisation) => organisation.name);
  const entries = new Map(outcome.scan.entries.map((entry) => [entry.key, entry]));
  const time = (item: ReceivedItem): number => Date.parse(entries.get(item.key)?.time ?? '') || 0;
  // The version that counts speaks for its organisation; an older or other period's file (whose
  // time may be only when it was copied) speaks only for one that has no counted version.
  const counted = new Set([...outcome.countedReports.values()].map(({ item }) => item.key));
  const rank = (item: ReceivedItem): number => (counted.has(item.key) ? 1 : 0);
  const seen = new Set<string>();
  return [...items]
    .sort((a, b) => rank(b) - rank(a) || time(b) - time(a))
    .flatMap((item) => {
      if (!('report' in item.content)) return [];
      const { report } = item.content;
      const organisation = entries.get(item.key)?.organisation ?? listed.find((name) => sameOrganisation(name, report.committee));
      if (organisation === undefined || !isEmailAddress(report.contact.email) || seen.has(organisation)) return [];
      seen.add(organisation);
      const { contactPerson, email, phone } = report.contact;
      return [{ organisation, contactPerson, email: email.trim(), phone }];
    });
}
