// The report being edited. Typing changes only the field's own state; the whole report is
// copied and sent to the store once typing pauses (SAVE_DELAY_MS), so a change is durable
// well within a second of the last keystroke, and the window waits for it before closing.
import { assessCompleteness, type Completeness } from '../../src-main/report/completeness.ts';
import { reviewReport, type Finding } from '../../src-main/report/review.ts';
import { languageFindings, reportReadability, type ReportReadability } from '../../src-main/report/language-review.ts';
import { languageTips } from './language-tips.svelte.ts';
import type { FocusAreaNumber } from '../../src-main/form/vocabulary.ts';
import { newQuestionId } from '../../src-main/report/ids.ts';
import { keepQuestionYears, updateQuestionYears } from '../../src-main/report/question-years.ts';
import type { Question, Report } from '../../src-main/report/model.ts';
import { api, errorMessage } from '../shared/api.ts';
import { notices } from '../shared/notices.svelte.ts';

const SAVE_DELAY_MS = 300;
const RETRY_DELAY_MS = 5_000;

export type SaveStatus = { kind: 'saved'; at: string } | { kind: 'unsaved' } | { kind: 'saving' } | { kind: 'failed'; message: string };

class Editor {
  report = $state<Report | null>(null);
  readOnly = $state(false);
  // Set for real when a report opens; the editor shows nothing before that.
  status = $state<SaveStatus>({ kind: 'saved', at: '' });
  /**
   * What is still missing. Recounted when typing pauses rather than per keystroke: a pass
   * over every answer is cheap once, but not on each key in a 300 kB report.
   */
  completeness = $state<Completeness | null>(null);
  /** "Granska": what is left to fix or to look at, recounted with the completeness. */
  findings = $state<Finding[]>([]);
  /** Each answer's LIX and plain-Swedish hints, recounted with the findings; null while the tips are hidden. */
  readability = $state.raw<ReportReadability | null>(null);

  #changes = 0;
  #savedChanges = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #saving: Promise<void> | undefined;
  #languageIdle: number | undefined;

  open = async (id: string): Promise<boolean> => {
    // Nothing of a report shown before (or one that failed to draw) is on screen meanwhile.
    this.report = null;
    try {
      const opened = await api['reports:open']({ id });
      this.report = opened.report;
      this.readOnly = opened.readOnly;
      // Nothing of the report shown before: its tips come with the idle recount.
      this.findings = [];
      this.readability = null;
      this.#recount();
      this.status = { kind: 'saved', at: opened.report.updatedAt };
      this.#changes = 0;
      this.#savedChanges = 0;
      opened.notices.forEach(notices.error);
      return true;
    } catch (error) {
      notices.error(errorMessage(error));
      return false;
    }
  };

  get dirty(): boolean {
    return this.#changes !== this.#savedChanges;
  }

  /** Called on every edit; cheap, so it can run per keystroke. */
  markChanged = (): void => {
    if (this.readOnly) return;
    this.#changes += 1;
    if (this.status.kind !== 'failed' && this.status.kind !== 'unsaved') this.status = { kind: 'unsaved' };
    this.#schedule(SAVE_DELAY_MS);
  };

  /**
   * The user keeps a carried-over answer as it is. Returns the question whose answer is next
   * to review (after this one, then from the start), or this one when none is left.
   */
  confirmReviewed = (questionId: string): string => {
    const questions = this.report?.focusAreas.flatMap((area) => area.questions) ?? [];
    const index = questions.findIndex((candidate) => candidate.id === questionId);
    const question = questions[index];
    if (!question?.carriedOver) return questionId;
    question.carriedOver.reviewed = true;
    this.#markStructureChanged();
    const waiting = (candidate: (typeof questions)[number]): boolean => candidate.carriedOver?.reviewed === false;
    return (questions.slice(index + 1).find(waiting) ?? questions.find(waiting) ?? question).id;
  };

  /** The questions' budget year brought up to the report's; each question changed is to review. */
  updateQuestionYears = (): void => {
    if (!this.report) return;
    this.report = updateQuestionYears(this.report);
    this.#markStructureChanged();
  };

  keepQuestionYears = (): void => {
    if (!this.report) return;
    this.report = keepQuestionYears(this.report);
    this.#markStructureChanged();
  };

  /** The user keeps a question text the app changed. */
  confirmTextChange = (questionId: string): void => {
    const question = this.report?.focusAreas.flatMap((area) => area.questions).find((candidate) => candidate.id === questionId);
    if (!question?.textChange) return;
    question.textChange.reviewed = true;
    this.#markStructureChanged();
  };

  /** For changes of structure (questions added, moved, removed): recount at once. */
  #markStructureChanged(): void {
    this.markChanged();
    this.#recount();
  }

  /**
   * The form's findings at once; where the tips are shown, each answer's readability and the
   * plain-Swedish findings once the page is idle (a 100-question report takes some 25 ms, which
   * must not hold up the report's first paint or a keystroke).
   */
  #recount(): void {
    this.completeness = this.report ? assessCompleteness(this.report) : null;
    const form = this.report ? reviewReport(this.report) : [];
    const language = this.findings.filter((finding) => finding.kind === 'language');
    this.findings = [...form, ...(languageTips.shown ? language : [])];
    if (this.#languageIdle !== undefined) cancelIdleCallback(this.#languageIdle);
    this.#languageIdle = requestIdleCallback(() => this.#recountLanguage(), { timeout: 1_000 });
  }

  #recountLanguage(): void {
    this.#languageIdle = undefined;
    const report = this.report;
    this.readability = report && languageTips.shown ? reportReadability(report) : null;
    const language = report && this.readability ? languageFindings(report, this.readability) : [];
    this.findings = [...this.findings.filter((finding) => finding.kind !== 'language'), ...language];
  }

  /** Granska as of now, tips included where they are shown (the review before sending). */
  reviewNow = (): Finding[] => {
    if (!this.report) return [];
    return [...reviewReport(this.report), ...(languageTips.shown ? languageFindings(this.report) : [])];
  };

  /** The tips were shown or hidden: count again. */
  recount = (): void => {
    this.#recount();
  };

  /** Saves now if anything is unsaved, and waits until it is on disk. */
  flush = async (): Promise<void> => {
    clearTimeout(this.#timer);
    while (this.#saving) await this.#saving;
    if (this.dirty) await this.#save();
  };

  /** Drops the report without saving: after a screen failed to draw it (what is saved stays). */
  discard = (): void => {
    clearTimeout(this.#timer);
    this.report = null;
  };

  close = async (): Promise<void> => {
    await this.flush();
    this.report = null;
  };

  setFocusAreas = (numbers: FocusAreaNumber[]): void => {
    if (!this.report) return;
    const existing = this.report.focusAreas;
    this.report.focusAreas = [...numbers].sort((a, b) => a - b).map((number) => existing.find((area) => area.number === number) ?? { number, questions: [] });
    this.#markStructureChanged();
  };

  addQuestion = (areaNumber: number): string | undefined => {
    const area = this.report?.focusAreas.find((candidate) => candidate.number === areaNumber);
    if (!area) return undefined;
    const id = newQuestionId();
    // A question of the user's own: its identity is made here and follows it from period to period.
    area.questions.push({ id, identity: newQuestionId(), text: '', answer: '' });
    this.#markStructureChanged();
    return id;
  };

  /** Takes a question out; returns it and the question it stood after (undefined: it was first), so it can be put back. */
  removeQuestion = (areaNumber: number, questionId: string): { question: Question; afterId: string | undefined } | undefined => {
    const area = this.report?.focusAreas.find((candidate) => candidate.number === areaNumber);
    const index = area?.questions.findIndex((question) => question.id === questionId) ?? -1;
    const question = area?.questions[index];
    if (!area || !question) return undefined;
    area.questions = area.questions.filter((candidate) => candidate.id !== questionId);
    this.#markStructureChanged();
    return { question: $state.snapshot(question), afterId: area.questions[index - 1]?.id };
  };

  /** Puts a removed question back after the given one (first when undefined); false when its focus area is no longer chosen. */
  insertQuestion = (areaNumber: number, question: Question, afterId: string | undefined): boolean => {
    const area = this.report?.focusAreas.find((candidate) => candidate.number === areaNumber);
    if (!area) return false;
    const after = afterId === undefined ? -1 : area.questions.findIndex((candidate) => candidate.id === afterId);
    const questions = [...area.questions];
    questions.splice(afterId !== undefined && after < 0 ? questions.length : after + 1, 0, question);
    area.questions = questions;
    this.#markStructureChanged();
    return true;
  };

  moveQuestion = (areaNumber: number, index: number, offset: -1 | 1): void => {
    const area = this.report?.focusAreas.find((candidate) => candidate.number === areaNumber);
    const target = index + offset;
    if (!area || target < 0 || target >= area.questions.length) return;
    const questions = [...area.questions];
    const [moved] = questions.splice(index, 1);
    if (moved === undefined) return;
    questions.splice(target, 0, moved);
    area.questions = questions;
    this.#markStructureChanged();
  };

  #schedule(delay: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#saveWhenIdle(), delay);
  }

  async #saveWhenIdle(): Promise<void> {
    this.#recount();
    while (this.#saving) await this.#saving;
    if (this.dirty) await this.#save();
  }

  #save(): Promise<void> {
    const report = this.report;
    if (!report) return Promise.resolve();
    const changesInThisSave = this.#changes;
    const snapshot: Report = $state.snapshot(report);
    this.status = { kind: 'saving' };
    this.#saving = api['reports:save']({ report: snapshot })
      .then(({ savedAt }) => {
        this.#savedChanges = changesInThisSave;
        this.status = this.dirty ? { kind: 'unsaved' } : { kind: 'saved', at: savedAt };
        if (this.dirty) this.#schedule(SAVE_DELAY_MS);
      })
      .catch((error: unknown) => {
        this.status = { kind: 'failed', message: errorMessage(error) };
        this.#schedule(RETRY_DELAY_MS);
      })
      .finally(() => {
        this.#saving = undefined;
      });
    return this.#saving;
  }
}

export const editor = new Editor();
