// "Skicka in": the version is frozen and put in the outbox on disk, durably, before anything
// goes on the network; the outbox then sends it to the city's receiver, trying again (with
// the same Idempotency-Key, so the receiver keeps it once) until a receipt comes back. The
// receipt is kept with the entry and with the report. Nothing is lost or sent twice across a
// crash: an entry is on disk before the first attempt, and a receipt is on disk before the
// entry counts as sent; a retry after a crash returns the receiver's first receipt.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { DocxJobs } from '../docx/docx-jobs.ts';
import { reportContentHash } from '../docx/report-content-hash.ts';
import { AppError } from '../errors/app-error.ts';
import type { ReceiverConnection } from '../network/receiver-connection.ts';
import { fileSystemError, NEWER_VERSION_MESSAGE } from '../errors/file-errors.ts';
import type { StepObserver } from '../files/durable-write.ts';
import type { SupportLog } from '../support-log/support-log.ts';
import { suggestedDocxName } from '../export/file-name.ts';
import type { Report, Submission } from '../report/model.ts';
import { blocksSending, needsAttention, reviewReport } from '../report/review.ts';
import { mergeSettings } from '../settings/settings-model.ts';
import type { SettingsService } from '../settings/settings-service.ts';
import type { ReportStore } from '../store/report-store.ts';
import { OUTBOX_SCHEMA_VERSION, outboxItem, type OutboxEntry, type OutboxItem } from './outbox-entry.ts';
import { testConnection, type ConnectionTestResult } from './connection-test.ts';
import { SYSTEM_CLOCK, type OutboxClock } from './outbox-clock.ts';
import { OutboxFolder } from './outbox-folder.ts';
import { lastVersion, refuseSameContent } from './same-content.ts';
import { LONGEST_RETRY_DELAY_MS, retryDelayMs } from './retry-policy.ts';
import { sendSubmission, type SendOutcome } from './send-submission.ts';
import type { JobRunner } from '../worker/jobs.ts';

export interface OutboxOptions {
  dataFolder: string;
  store: ReportStore;
  runner: JobRunner<DocxJobs>;
  settings: SettingsService;
  /** The system's time and timers unless a test brings its own. */
  clock?: OutboxClock;
  /** How the receiver is reached: Electron's network stack in the app, Node's elsewhere. */
  connection: ReceiverConnection;
  /** How long one attempt may take before it counts as failed. */
  timeoutMs?: number;
  onStep?: StepObserver;
  /** Where each attempt and its answer are kept for support (no report text, no keys). */
  log?: SupportLog;
}

const ATTEMPT_TIMEOUT_MS = 60_000;

export class OutboxService {
  readonly #folder: OutboxFolder;
  readonly #store: ReportStore;
  readonly #runner: JobRunner<DocxJobs>;
  readonly #settings: SettingsService;
  readonly #clock: OutboxClock;
  readonly #connection: ReceiverConnection;
  readonly #timeoutMs: number;
  readonly #onStep: StepObserver;
  readonly #log: SupportLog | undefined;
  /** Each waiting entry's next try, as the function that cancels it. */
  readonly #timers = new Map<string, () => void>();
  readonly #sending = new Map<string, { done: Promise<void>; abort: AbortController }>();
  readonly #failuresInARow = new Map<string, number>();
  #submitting: Promise<unknown> = Promise.resolve();
  #started: Promise<void> | undefined;
  #closed = false;

  constructor(options: OutboxOptions) {
    this.#store = options.store;
    this.#runner = options.runner;
    this.#settings = options.settings;
    this.#clock = options.clock ?? SYSTEM_CLOCK;
    this.#connection = options.connection;
    this.#timeoutMs = options.timeoutMs ?? ATTEMPT_TIMEOUT_MS;
    this.#onStep = options.onStep ?? (() => undefined);
    this.#log = options.log;
    this.#folder = new OutboxFolder(options.dataFolder, join(options.dataFolder, 'set-aside'), () => this.#clock.now(), this.#onStep);
  }

  /** Picks up where the last run stopped: every entry not yet sent is sent. */
  start(): Promise<void> {
    this.#started ??= (async () => {
      for (const entry of await this.#entries()) {
        // A crash between putting the entry in the outbox and noting it on the report.
        await this.#noteOnReport(entry);
        if (entry.receipt === undefined && !entry.rejected) this.#schedule(entry.id, delayUntil(entry.nextAttemptAt, this.#clock.now()));
      }
    })();
    this.#started.catch(() => (this.#started = undefined));
    return this.#started;
  }

  /**
   * "Skicka in": resolves once the version is durable in the outbox; sending follows. The same
   * content as the last version is refused while that one waits in the outbox, and, once the
   * city holds it, sent again only when asked (`sendAgain`): a new version, a new receipt.
   */
  async submit(reportId: string, sendDespiteFindings: boolean, sendAgain = false): Promise<OutboxItem> {
    await this.start();
    const run = this.#submitting.catch(() => undefined).then(() => this.#freezeAndQueue(reportId, sendDespiteFindings, sendAgain));
    this.#submitting = run;
    const entry = await run;
    this.#schedule(entry.id, 0);
    return outboxItem(entry, false);
  }

  async list(): Promise<OutboxItem[]> {
    await this.start();
    return (await this.#entries()).map((entry) => outboxItem(entry, this.#sending.has(entry.id))).reverse();
  }

  /** "Försök nu": also after the receiver refused a version, in case that has been fixed. */
  async retryNow(id: string): Promise<void> {
    await this.start();
    const entry = await this.#entry(id);
    if (entry.receipt !== undefined) return;
    if (entry.rejected) await this.#update({ ...entry, rejected: undefined });
    this.#failuresInARow.delete(id);
    this.#schedule(id, 0);
  }

  /** When the network returns or the settings change: every waiting entry, at once. */
  async retryAll(): Promise<void> {
    await this.start();
    for (const entry of await this.#entries()) {
      if (entry.receipt !== undefined || entry.rejected) continue;
      this.#failuresInARow.delete(entry.id);
      this.#schedule(entry.id, 0);
    }
  }

  /** "Testa anslutningen" with the values typed in the settings (IT's defaults where a field is empty). */
  async testConnection(typed: { receiverUrl: string; senderKey: string }): Promise<ConnectionTestResult> {
    const { itDefaults } = await this.#settings.get();
    const values = mergeSettings(itDefaults, { ...typed, contactDefaults: {} });
    return testConnection(values.receiverUrl, values.senderKey, this.#connection);
  }

  /** "Återkalla": takes back a version not yet sent. */
  async withdraw(id: string): Promise<void> {
    await this.start();
    const entry = await this.#entry(id);
    if (entry.receipt !== undefined) throw new AppError('invalid-request', 'Versionen är redan mottagen av staden och kan inte återkallas.');
    if (this.#sending.has(id)) throw new AppError('invalid-request', 'Versionen skickas just nu. Försök igen om en stund.');
    this.#cancelTimer(id);
    try {
      await this.#folder.remove(id);
    } catch (error) {
      throw fileSystemError(error, 'att återkalla versionen');
    }
    await this.#store.withdrawSubmission(entry.reportId, entry.version).catch(() => undefined);
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const id of [...this.#timers.keys()]) this.#cancelTimer(id);
    // An attempt cut off here is sent again, with the same key, the next time the app starts.
    for (const { abort } of this.#sending.values()) abort.abort();
    await Promise.all([...this.#sending.values()].map(({ done }) => done.catch(() => undefined)));
  }

  async #freezeAndQueue(reportId: string, sendDespiteFindings: boolean, sendAgain: boolean): Promise<OutboxEntry> {
    await this.#store.flush();
    const { report, readOnly } = await this.#store.open(reportId);
    if (readOnly) throw new AppError('read-only', NEWER_VERSION_MESSAGE);
    const findings = reviewReport(report);
    if (blocksSending(findings)) {
      const missing = findings.filter((finding) => finding.severity === 'blocks-sending').map((finding) => finding.message);
      throw new AppError('invalid-request', `Rapporten kan inte skickas in ännu. ${missing.join(' ')}`);
    }
    if (needsAttention(findings) && !sendDespiteFindings) {
      throw new AppError('invalid-request', 'Rapporten har saker kvar att åtgärda. Granska dem, eller välj "Skicka ändå".');
    }
    const { receiverUrl } = await this.#settings.effective();
    if (receiverUrl === undefined || receiverUrl.trim() === '') {
      throw new AppError(
        'invalid-request',
        'Ingen mottagningsadress är angiven. Ange den under Inställningar (stadsledningskontoret har den), eller skicka rapporten med e-post.',
      );
    }

    const entries = (await this.#entries()).filter((entry) => entry.reportId === reportId);
    const contentHash = reportContentHash(report);
    refuseSameContent(lastVersion(report.submissions, entries), contentHash, sendAgain);
    const version = Math.max(0, ...report.submissions.map((submission) => submission.version), ...entries.map((entry) => entry.version)) + 1;
    const submittedAt = this.#clock.now().toISOString();
    const frozen: Report = { ...report, submissions: [...report.submissions, { version, submittedAt, contentHash }] };
    const document = await this.#runner.run('render-report', { report: frozen });
    const entry: OutboxEntry = {
      schemaVersion: OUTBOX_SCHEMA_VERSION,
      id: randomUUID(),
      reportId,
      version,
      committee: report.header.committee,
      period: report.period,
      year: report.year,
      submittedAt,
      attempts: 0,
      contentHash,
    };
    try {
      await this.#folder.add(entry, `${JSON.stringify(frozen, null, 2)}\n`, document);
    } catch (error) {
      throw fileSystemError(error, 'att lägga rapporten i utkorgen');
    }
    await this.#noteOnReport(entry);
    return entry;
  }

  #schedule(id: string, delayMs: number): void {
    if (this.#closed) return;
    this.#cancelTimer(id);
    const cancel = this.#clock.setTimer(() => {
      this.#timers.delete(id);
      void this.#attempt(id);
    }, delayMs);
    this.#timers.set(id, cancel);
  }

  #cancelTimer(id: string): void {
    this.#timers.get(id)?.();
    this.#timers.delete(id);
  }

  #attempt(id: string): Promise<void> {
    const running = this.#sending.get(id);
    if (running) return running.done;
    const abort = new AbortController();
    const done = this.#send(id, abort.signal)
      .catch((error: unknown) => {
        // The outcome could not be written (a full disk): try again later; nothing is lost.
        console.error(error);
        this.#schedule(id, 30_000);
      })
      .finally(() => this.#sending.delete(id));
    this.#sending.set(id, { done, abort });
    return done;
  }

  async #send(id: string, signal: AbortSignal): Promise<void> {
    const entry = await this.#folder.read(id);
    if (!entry || entry.receipt !== undefined || entry.rejected || this.#closed) return;
    const { receiverUrl, senderKey } = await this.#settings.effective();
    if (receiverUrl === undefined || receiverUrl.trim() === '') {
      await this.#update({ ...entry, problem: 'Ange mottagningsadressen under Inställningar.', nextAttemptAt: undefined });
      return;
    }
    const payload = await this.#folder.payload(id);
    const attemptedAt = this.#clock.now().toISOString();
    await this.#onStep('outbox:sending');
    this.#log?.info('sending', { entry: id, report: entry.reportId, version: entry.version, attempt: entry.attempts + 1, to: hostOf(receiverUrl) });
    // The time limit runs on the outbox's clock, like its waits.
    const timeLimit = new AbortController();
    const cancelTimeLimit = this.#clock.setTimer(() => timeLimit.abort(new DOMException('Mottagaren svarade inte i tid.', 'TimeoutError')), this.#timeoutMs);
    const outcome = await sendSubmission({
      url: receiverUrl.trim(),
      idempotencyKey: entry.id,
      senderKey: senderKey === undefined || senderKey.trim() === '' ? undefined : senderKey.trim(),
      reportJson: payload.reportJson,
      document: payload.document,
      documentName: suggestedDocxName({ header: { committee: entry.committee }, period: entry.period, year: entry.year }),
      signal: AbortSignal.any([signal, timeLimit.signal]),
      timeoutMs: this.#timeoutMs,
      connection: this.#connection,
      now: () => this.#clock.now(),
    }).finally(cancelTimeLimit);
    await this.#onStep('outbox:answered');
    if (signal.aborted) return;
    this.#logOutcome(id, outcome);
    const attempted = { ...entry, attempts: entry.attempts + 1, lastAttemptAt: attemptedAt };
    if (outcome.kind === 'sent') {
      this.#failuresInARow.delete(id);
      const sent: OutboxEntry = {
        ...attempted,
        receipt: outcome.receipt,
        receivedAt: outcome.receivedAt,
        sentAt: this.#clock.now().toISOString(),
        problem: undefined,
        nextAttemptAt: undefined,
      };
      await this.#update(sent);
      await this.#onStep('outbox:receipt-kept');
      await this.#noteOnReport(sent);
      return;
    }
    if (outcome.kind === 'rejected') {
      await this.#update({ ...attempted, rejected: true, problem: outcome.problem, nextAttemptAt: undefined });
      return;
    }
    const failures = (this.#failuresInARow.get(id) ?? 0) + 1;
    this.#failuresInARow.set(id, failures);
    const delay = retryDelayMs(outcome, failures);
    await this.#update({ ...attempted, problem: outcome.problem, nextAttemptAt: new Date(this.#clock.now().getTime() + delay).toISOString() });
    this.#schedule(id, delay);
  }

  #logOutcome(id: string, outcome: SendOutcome): void {
    if (outcome.kind === 'sent') this.#log?.info('sent', { entry: id, receipt: outcome.receipt, receivedAt: outcome.receivedAt });
    else if (outcome.kind === 'rejected') this.#log?.error('refused', { entry: id, problem: outcome.problem });
    else this.#log?.info('send-failed', { entry: id, problem: outcome.problem, connection: outcome.connection });
  }

  /** The report shows what was sent: the version, and the receipt once there is one. */
  async #noteOnReport(entry: OutboxEntry): Promise<void> {
    const submission: Submission = { version: entry.version, submittedAt: entry.submittedAt };
    if (entry.contentHash !== undefined) submission.contentHash = entry.contentHash;
    if (entry.receipt !== undefined) submission.receipt = entry.receipt;
    if (entry.receivedAt !== undefined) submission.receivedAt = entry.receivedAt;
    // A report moved to the trash since keeps its outbox entry; the entry still goes out.
    await this.#store.recordSubmission(entry.reportId, submission).catch((error: unknown) => {
      if (!(error instanceof AppError && error.code === 'not-found')) throw error;
    });
  }

  async #entries(): Promise<OutboxEntry[]> {
    try {
      return await this.#folder.entries();
    } catch (error) {
      throw fileSystemError(error, 'att läsa utkorgen');
    }
  }

  async #entry(id: string): Promise<OutboxEntry> {
    const entry = await this.#folder.read(id).catch(() => undefined);
    if (!entry) throw new AppError('not-found', 'Versionen finns inte längre i utkorgen.');
    return entry;
  }

  async #update(entry: OutboxEntry): Promise<void> {
    await this.#folder.update(entry);
  }
}

/**
 * The wait until a stored next try. One further off than any wait the policy gives was set by
 * a clock that was wrong then (or is now): it is tried at once rather than days from now.
 */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

function delayUntil(time: string | undefined, now: Date): number {
  const delay = time === undefined ? 0 : Math.max(0, Date.parse(time) - now.getTime());
  return Number.isNaN(delay) || delay > LONGEST_RETRY_DELAY_MS ? 0 : delay;
}
