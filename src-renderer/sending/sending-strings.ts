// Sending's part of the string catalog: "Skicka in", "Skicka med e-post", the review before
// sending and the outbox. The shared catalog (../shared/strings.ts) holds what several screens use.
import type { OutboxItem } from '../../src-main/outbox/outbox-entry.ts';
import type { SubmissionSummary } from '../../src-main/report/summary.ts';
import { formatDateTime } from '../../src-main/report/time-format.ts';

export const sendingText = {
  submit: 'Skicka in',
  submitAnyway: 'Skicka ändå',
  email: 'Skicka med e-post',
  reviewHeading: 'Granska innan du skickar',
  nothingToFix: 'Allt är ifyllt. Rapporten skickas till stadsledningskontoret.',
  findingsIntro: 'Det här bör åtgärdas innan rapporten skickas. Klicka på en rad för att gå dit, eller skicka ändå.',
  blockedIntro: 'Rapporten kan inte skickas förrän nämnd, kontaktperson och e-post är ifyllda: utan dem kan staden inte se vem den är från.',
  toFix: 'Att åtgärda',
  toCheck: 'Att kontrollera',
  outbox: 'Utkorg',
  outboxEmpty: 'Inget har skickats in härifrån ännu.',
  retryNow: 'Försök nu',
  withdraw: 'Återkalla',
  submissionColumn: 'Inskickad',
  notSubmitted: 'Nej',
  alreadySentHeading: 'Redan inskickad',
  sendAgain: 'Skicka igen ändå',
};

export function queuedForSending(version: number): string {
  return `Version ${version} ligger i utkorgen och skickas till staden. Kvittot visas här när den kommit fram.`;
}

export function emailComposed(emlPath: string): string {
  return `E-postutkastet sparades som ${emlPath}. Öppna filen, eller välj Öppna e-postprogrammet och bifoga Word-filen själv.`;
}

export function emailNotOpened(problem: string, documentPath: string): string {
  return `E-postutkastet kunde inte öppnas (${problem}). Välj Öppna e-postprogrammet och bifoga Word-filen ${documentPath}.`;
}

/**
 * When a waiting version is tried next, as it is: in seconds while it is tried every second,
 * in minutes within the hour, else the time.
 */
export function nextAttempt(at: string, now: Date): string {
  const seconds = Math.ceil((Date.parse(at) - now.getTime()) / 1000);
  if (seconds <= 1) return 'Nästa försök om en sekund.';
  if (seconds < 60) return `Nästa försök om ${seconds} sekunder.`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return minutes === 1 ? 'Nästa försök om en minut.' : `Nästa försök om ${minutes} minuter.`;
  return `Nästa försök ${formatDateTime(at)}.`;
}

/** One line on where a version is: "Version 2 mottagen 2026-09-14 14:02, kvitto 2026-T2-000042". */
export function outboxState(item: OutboxItem, now: Date = new Date()): string {
  const version = `Version ${item.version}`;
  switch (item.state) {
    case 'sent':
      return `${version} mottagen ${formatDateTime(item.receivedAt ?? item.submittedAt)}, kvitto ${item.receipt ?? ''}`;
    case 'sending':
      return `${version} skickas …`;
    case 'waiting':
      return `${version} väntar i utkorgen`;
    case 'failing':
      return `${version} väntar: ${item.problem ?? ''}${item.nextAttemptAt ? ` ${nextAttempt(item.nextAttemptAt, now)}` : ''}`;
    case 'rejected':
      return `${version} togs inte emot: ${item.problem ?? ''}`;
  }
}

/** The list's "Inskickad" column. */
export function submissionState(submission: SubmissionSummary | undefined): string {
  if (submission === undefined) return sendingText.notSubmitted;
  const sent = submission.receipt === undefined ? `Version ${submission.version} i utkorgen` : `Version ${submission.version}, kvitto ${submission.receipt}`;
  return submission.changedSince ? `${sent} – ändrad sedan dess` : sent;
}

export function outboxAction(action: string, name: string, version: number): string {
  return `${action} ${name} version ${version}`;
}
