// "Sammanställning", the coordinator's side: reads the chosen folders for a period, shows who
// has sent, writes the compiled document and the reminder to those who have not. Every call
// reads the folders afresh, so what is written is what is on disk now; nothing in them is
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
import { CoordinatorFile, MAX_ADDED_ORGANISATIONS, periodOrder, withLatestContacts, type KnownContact } from './coordinator-file.ts';
import { additionProblem, organisationList, type ListedOrganisation } from './organisation-list.ts';
import { outputProblem, uniqueFolders } from './folder-paths.ts';
import { scanFolders } from './scan-folders.ts';
import { toCompilation } from './to-compilation.ts';
import type { JobRunner } from '../worker/jobs.ts';
import type { CompileJobs } from './compile-jobs.ts';

export interface CompileRequest {
  period: PeriodOfYear;
  folders: string[];
  /** Organisations chosen by hand for files the app could not place, by the file's key. */
  assignments: readonly { key: string; organisation: string }[];
}

export interface CoordinatorOverview {
  organisations: ListedOrganisation[];
  /** The folders read last time. */
  folders: string[];
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
  /** Organisations that have not sent and have no known address: to be reached another way. */
  withoutAddress: string[];
  scan: CompilationScan;
}

function compilationName(period: PeriodOfYear): string {
  return `Sammanställning näringsliv ${periodLabel(period)}.docx`;
}

function reminderName(period: PeriodOfYear): string {
  return `Påminnelse näringsliv ${periodLabel(period)}.eml`;
}

export class CompilationService {
  readonly #coordinator: CoordinatorFile;

  constructor(
    dataFolder: string,
    private readonly runner: JobRunner<CompileJobs>,
    private readonly settings: SettingsService,
    private readonly platform: ExportPlatform,
    private readonly now: () => Date = () => new Date(),
    /** Told of each file written for the user, so "Öppna" may open it. */
    private readonly onWritten: (path: string) => void = () => undefined,
  ) {
    this.#coordinator = new CoordinatorFile(dataFolder, now);
  }

  async overview(): Promise<CoordinatorOverview> {
    const values = await this.#coordinator.get();
    return { organisations: organisationList(values.addedOrganisations), folders: values.folders, canChooseFolder: this.platform.chooseFolder !== undefined };
  }

  async addOrganisation(name: string): Promise<CoordinatorOverview> {
    const problem = additionProblem(name, (await this.overview()).organisations, MAX_ADDED_ORGANISATIONS);
    if (problem !== undefined) throw new AppError('invalid-request', problem);
    await this.#coordinator.update((values) => ({ ...values, addedOrganisations: [...values.addedOrganisations, name.trim()] }));
    return this.overview();
  }

  async removeOrganisation(name: string): Promise<CoordinatorOverview> {
    await this.#coordinator.update((values) => ({
      ...values,
      addedOrganisations: values.addedOrganisations.filter((added) => !sameOrganisation(added, name)),
    }));
    return this.overview();
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

  async reminder(request: CompileRequest): Promise<WrittenReminder | null> {
    const { outcome, items, folders } = await this.#read(request);
    const missing = outcome.scan.organisations.filter((organisation) => organisation.counted === undefined).map((organisation) => organisation.name);
    if (missing.length === 0) throw new AppError('invalid-request', `Alla har skickat för ${periodLabel(request.period)}: ingen påminnelse behövs.`);
    const known = await this.#contactsFor(missing, items, request.period);
    const recipients = missing.flatMap((organisation) => {
      const contact = known.get(organisation);
      return contact === undefined ? [] : [{ organisation, email: contact.email }];
    });
    const withoutAddress = missing.filter((organisation) => !known.has(organisation));
    const { coordinatorEmail } = await this.settings.effective();
    const chosen = await this.platform.chooseSavePath(reminderName(request.period), 'email');
    if (chosen === undefined) return null;
    const problem = await outputProblem(chosen, folders);
    if (problem !== undefined) throw new AppError('invalid-request', problem);
    try {
      await writeFileDurably(chosen, await composeReminder({ period: request.period, missing, recipients, coordinatorEmail }), 'document');
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
    if (folders.length === 0) throw new AppError('invalid-request', 'Ange minst en mapp att läsa rapporterna från.');
    const { organisations } = await this.overview();
    const assignments = new Map(request.assignments.map(({ key, organisation }) => [key, organisation]));
    const { outcome, items } = await scanFolders(folders, { period: request.period, organisations, assignments, now: this.now() }, this.runner);
    await this.#coordinator.update((values) => ({
      ...values,
      folders,
      contacts: withLatestContacts(values.contacts, contactsIn(outcome, items)),
    }));
    return { outcome, items, folders };
  }

  /**
   * The latest known contact for each organisation that has not sent: from the reports read
   * now (other periods' files among them), from the receiver's latest version for an earlier
   * period, and from what earlier scans remembered.
   */
  async #contactsFor(missing: readonly string[], items: readonly ReceivedItem[], period: PeriodOfYear): Promise<Map<string, KnownContact>> {
    const remembered = (await this.#coordinator.get()).contacts;
    const fromReceiver = await this.#receiverContacts(missing, items, period);
    const all = withLatestContacts(remembered, fromReceiver);
    const found = new Map<string, KnownContact>();
    for (const organisation of missing) {
      const contact = all.find((candidate) => sameOrganisation(candidate.organisation, organisation));
      if (contact !== undefined) found.set(organisation, contact);
    }
    return found;
  }

  /** The receiver's versions for other periods are not read in a scan; for the reminder, the latest earlier one of each missing organisation is. */
  async #receiverContacts(missing: readonly string[], items: readonly ReceivedItem[], period: PeriodOfYear): Promise<KnownContact[]> {
    const contacts: KnownContact[] = [];
    for (const organisation of missing) {
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
          contacts.push({ organisation, contactPerson: part.report.contact.contactPerson, email: part.report.contact.email.trim(), ...earlier.at });
        }
      } catch {
        // An address not found is said in the reminder's result, as for any organisation without one.
      }
    }
    return contacts;
  }
}

/** Every contact person a readable report of a listed organisation named, with its period, oldest version first. */
function contactsIn(outcome: ScanOutcome, items: readonly ReceivedItem[]): KnownContact[] {
  const listed = outcome.scan.organisations.map((organisation) => organisation.name);
  const entries = new Map(outcome.scan.entries.map((entry) => [entry.key, entry]));
  const organisationByKey = new Map(outcome.scan.entries.map((entry) => [entry.key, entry.organisation]));
  const time = (item: ReceivedItem): number => Date.parse(entries.get(item.key)?.time ?? '') || 0;
  return [...items]
    .sort((a, b) => time(a) - time(b))
    .flatMap((item) => {
      if (!('report' in item.content)) return [];
      const { report } = item.content;
      const organisation = organisationByKey.get(item.key) ?? listed.find((name) => sameOrganisation(name, report.committee));
      if (organisation === undefined || !isEmailAddress(report.contact.email)) return [];
      return [{ organisation, contactPerson: report.contact.contactPerson, email: report.contact.email.trim(), period: report.period, year: report.year }];
    });
}
