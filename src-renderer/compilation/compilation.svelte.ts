// "Sammanställning": what the coordinator has chosen (the period, the sources, the files she
// assigned by hand), and the last reading of the sources, with what it was read for; her own
// data (the list, the last days, the register) is in coordinator.svelte.ts. Kept for the
// session, so a look at Mina rapporter does not lose it. Nothing is chosen for her: the period
// starts empty. Each action says where the focus goes (the README's table).
import type { CompilationScan } from '../../src-main/compile/compilation-scan.ts';
import { periodLabel } from '../../src-main/report/calendar.ts';
import { isPeriodId, type PeriodId } from '../../src-main/form/vocabulary.ts';
import { api, errorMessage } from '../shared/api.ts';
import { COMPILATION_IDS, folderFieldId } from '../shared/field-ids.ts';
import { yearOf, yearProblem } from '../shared/field-problems.ts';
import { sentCount } from './received-files.ts';
import { compilationText, compilationWritten, reminderWritten, statusWritten } from './compilation-strings.ts';
import { coordinator } from './coordinator.svelte.ts';
import { screenAction, type ScreenAction } from './screen-action.ts';
import { openFileAction, showInFolderAction } from '../shared/file-actions.ts';
import { notices } from '../shared/notices.svelte.ts';
import { focusById } from '../shared/one-action.svelte.ts';

/** What a reading is made for. */
interface CompileChoice {
  period: PeriodId;
  year: number;
  folders: string[];
  /** "Mottagaren" is read too. */
  receiver: boolean;
}

interface FolderRow {
  id: number;
  path: string;
}

/** The folders as the main process reads them: trimmed, without empty rows or repeats. */
function chosenFolders(rows: readonly FolderRow[]): string[] {
  return [...new Set(rows.map((row) => row.path.trim()).filter((path) => path !== ''))];
}

function sameChoice(a: CompileChoice, b: CompileChoice): boolean {
  const folders = (choice: CompileChoice): string => choice.folders.toSorted().join('\n');
  return a.period === b.period && a.year === b.year && folders(a) === folders(b) && a.receiver === b.receiver;
}

class Compilation {
  canChooseFolder = $state(false);
  loaded = $state(false);
  period = $state('');
  yearText = $state('');
  folders = $state<FolderRow[]>([]);
  /** "Mottagaren" chosen as a source; it can be only where Inställningar has its address. */
  receiver = $state(false);
  receiverAddress = $state<string | undefined>();
  /** Files the coordinator placed by hand, by the scan's key; sent with every later reading. */
  assignments = $state<{ key: string; organisation: string }[]>([]);
  // Replaced whole after each reading, never changed in place: no need to watch its inside.
  scan = $state.raw<CompilationScan | null>(null);
  scannedFor = $state.raw<CompileChoice | null>(null);
  /** "Läs in" has been pressed: the fields' problems are shown from then on. */
  tried = $state(false);
  get busy(): ScreenAction | null {
    return screenAction.busy;
  }
  #nextFolderId = 1;

  get problems(): { period?: string | undefined; year?: string | undefined; folders?: string | undefined } {
    return {
      period: isPeriodId(this.period) ? undefined : compilationText.periodMissing,
      year: yearProblem(this.yearText),
      folders: chosenFolders(this.folders).length === 0 && !this.receiver ? compilationText.foldersMissing : undefined,
    };
  }

  get choice(): CompileChoice | undefined {
    const year = yearOf(this.yearText);
    const folders = chosenFolders(this.folders);
    if (!isPeriodId(this.period) || year === undefined || (folders.length === 0 && !this.receiver)) return undefined;
    return { period: this.period, year, folders, receiver: this.receiver };
  }

  /** The period and year chosen now, whatever the sources. */
  get chosenPeriod(): { period: PeriodId; year: number } | undefined {
    const year = yearOf(this.yearText);
    return isPeriodId(this.period) && year !== undefined ? { period: this.period, year } : undefined;
  }

  /** The shown result was read for another period or other folders than those chosen now. */
  get stale(): boolean {
    const choice = this.choice;
    return this.scan !== null && (choice === undefined || this.scannedFor === null || !sameChoice(choice, this.scannedFor));
  }

  /** "Skapa sammanställning" and "Påminnelse" work from a reading of what is chosen now. */
  get ready(): boolean {
    return this.scan !== null && !this.stale;
  }

  load = async (): Promise<void> => {
    try {
      const [, sources] = await Promise.all([coordinator.load(), api['compile:sources']({})]);
      this.canChooseFolder = sources.canChooseFolder;
      this.receiverAddress = sources.receiverAddress;
      // The sources read last time are offered once, unless the coordinator has typed one
      // meanwhile; after that they are the coordinator's.
      if (!this.loaded && this.folders.every((row) => row.path.trim() === '')) {
        this.folders = (sources.folders.length > 0 ? sources.folders : ['']).map((path) => this.#row(path));
        this.receiver = sources.receiver && sources.receiverAddress !== undefined;
      }
      if (sources.receiverAddress === undefined) this.receiver = false;
      this.loaded = true;
    } catch (error) {
      await notices.focus(notices.error(errorMessage(error)));
    }
  };

  /** A new folder row, empty or with a path; the focus goes to its field. */
  addFolder = async (path = ''): Promise<void> => {
    const row = this.#row(path);
    this.folders.push(row);
    await focusById(folderFieldId(row.id));
  };

  /** The focus goes to the next folder's field, the one before for the last, else "Lägg till en mapp". */
  removeFolder = async (id: number): Promise<void> => {
    const index = this.folders.findIndex((row) => row.id === id);
    const neighbour = this.folders[index + 1] ?? this.folders[index - 1];
    this.folders = this.folders.filter((row) => row.id !== id);
    await focusById(neighbour === undefined ? COMPILATION_IDS.addFolder : folderFieldId(neighbour.id));
  };

  /** "Välj mapp…" (the app only): the folder fills an empty row, or gets one of its own. */
  chooseFolder = async (): Promise<void> => {
    let path: string | null;
    try {
      path = await api['compile:choose-folder']({});
    } catch (error) {
      await notices.focus(notices.error(errorMessage(error)));
      return;
    }
    if (path === null) return;
    const row = this.folders.find((candidate) => candidate.path.trim() === path) ?? this.folders.find((candidate) => candidate.path.trim() === '');
    if (row === undefined) return this.addFolder(path);
    row.path = path;
    await focusById(folderFieldId(row.id));
  };

  /** "Läs in": the focus goes to the result's heading, or to the first field left wrong. */
  read = (): Promise<void> => this.#read(true);

  /** Reads the folders for what is chosen now; `focusResult` false leaves the focus where the action put it. */
  async #read(focusResult: boolean): Promise<void> {
    this.tried = true;
    const choice = this.choice;
    if (choice === undefined) {
      const problems = this.problems;
      await focusById(problems.period ? COMPILATION_IDS.period : problems.year ? COMPILATION_IDS.year : this.#firstFolderId());
      return;
    }
    await screenAction.run('scan', async () => {
      this.#took(await api['compile:scan'](this.#request(choice)), choice);
      if (focusResult) await focusById(COMPILATION_IDS.resultHeading);
    });
  }

  /** A file the app could not place counts for the chosen organisation from now on; read again to show it. */
  assign = (key: string, organisation: string): Promise<void> => {
    this.assignments = [...this.assignments.filter((assignment) => assignment.key !== key), { key, organisation }];
    return this.read();
  };

  unassign = (key: string): Promise<void> => {
    this.assignments = this.assignments.filter((assignment) => assignment.key !== key);
    return this.read();
  };

  /** A change to what the reading shows (a last day, the register): read again, the focus left where it is. */
  readAgainIfShown = async (): Promise<void> => {
    if (this.ready) await this.#read(false);
  };

  /** "Lägg till … i listan" for a file's committee: the file counts for it once read again. */
  addFromFile = async (name: string): Promise<void> => {
    const problem = await coordinator.addOrganisation(name);
    if (problem !== undefined) await notices.focus(notices.error(problem));
    else if (this.ready) await focusById(COMPILATION_IDS.resultHeading);
    else await this.read();
  };

  /** "Skapa sammanställning": the focus goes to the notice that says where the document is. */
  compile = (): Promise<void> =>
    this.#runReady('export', async (choice) => {
      const written = await api['compile:export'](this.#request(choice));
      if (written === null) return COMPILATION_IDS.export;
      this.#took(written.scan, choice);
      const message = compilationWritten(periodLabel(choice), written.path, sentCount(written.scan), written.scan.organisations.length);
      return notices.info(message, written.canOpen ? [openFileAction(written.path), showInFolderAction(written.path)] : []);
    });

  /** "Påminnelse": the focus goes to the notice naming who gets it and who must be reached another way. */
  remind = (): Promise<void> =>
    this.#runReady('reminder', async (choice) => {
      const written = await api['compile:reminder'](this.#request(choice));
      if (written === null) return COMPILATION_IDS.reminder;
      this.#took(written.scan, choice);
      const message = reminderWritten({
        path: written.path,
        opened: written.opened,
        recipients: written.recipients.length,
        withoutAddress: written.withoutAddress,
      });
      // The app can open the draft (again) and show it in its folder; the preview can do neither.
      return notices.info(message, written.canOpen ? [openFileAction(written.path), showInFolderAction(written.path)] : []);
    });

  /** "Exportera status": the table as shown, as an Excel file; the focus goes to the notice that says where. */
  exportStatus = (): Promise<void> =>
    this.#runReady('status', async (choice) => {
      const written = await api['compile:export-status'](this.#request(choice));
      if (written === null) return COMPILATION_IDS.status;
      return notices.info(
        statusWritten(periodLabel(choice), written.path),
        written.canOpen ? [openFileAction(written.path), showInFolderAction(written.path)] : [],
      );
    });

  #row(path: string): FolderRow {
    return { id: this.#nextFolderId++, path };
  }

  #firstFolderId(): string {
    const first = this.folders[0];
    return first === undefined ? COMPILATION_IDS.addFolder : folderFieldId(first.id);
  }

  #request(choice: CompileChoice): CompileChoice & { assignments: { key: string; organisation: string }[] } {
    return { ...choice, assignments: this.assignments.map(({ key, organisation }) => ({ key, organisation })) };
  }

  #took(scan: CompilationScan, choice: CompileChoice): void {
    this.scan = scan;
    this.scannedFor = choice;
    // The list may have changed in another window; the scan names it as it was read.
    coordinator.organisations = scan.organisations.map(({ name, added }) => ({ name, added }));
  }

  /** An action on the current reading; its work returns the notice to focus, or (the save cancelled) its button's id. */
  async #runReady(action: 'export' | 'reminder' | 'status', work: (choice: CompileChoice) => Promise<number | string>): Promise<void> {
    const choice = this.choice;
    if (!this.ready || choice === undefined) return;
    const target = await screenAction.run(action, () => work(choice));
    // Only now are the buttons enabled again, so a cancelled save can give the focus back to its button.
    if (typeof target === 'number') await notices.focus(target);
    else if (target !== undefined) await focusById(target);
  }
}

export const compilation = new Compilation();
coordinator.afterChange(compilation.readAgainIfShown);
