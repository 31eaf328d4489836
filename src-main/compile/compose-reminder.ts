// "Påminnelse": one e-mail draft (.eml) to the organisations that have not sent their report.
// Their contact persons go in Bcc, so no one sees the others' addresses, and the text names the
// period and its last day but no organisation: who is missing stays with the coordinator. The
// draft keeps
// that header (nodemailer drops Bcc unless told to keep it). `X-Unsent: 1` and no From make
// Outlook open it as a draft to send from the coordinator's own account. MailComposer writes
// the MIME; it is never allowed to read files or URLs.
import MailComposer from 'nodemailer/lib/mail-composer';
import { periodLabel, type PeriodOfYear } from '../report/calendar.ts';
import { periodName } from '../form/vocabulary.ts';
import { formatDate, formatDay } from '../report/time-format.ts';

export interface Reminder {
  period: PeriodOfYear;
  /** The period's last day for sending (YYYY-MM-DD), where the coordinator set one. */
  deadline?: string | undefined;
  /** The register's contact persons of the organisations that have not sent. */
  recipients: readonly { organisation: string; email: string }[];
  /** The coordinator's own address, when the settings have one: the draft's To, and where to reply. */
  coordinatorEmail?: string | undefined;
}

function reminderSubject(period: PeriodOfYear): string {
  return `Påminnelse: uppföljningsrapport näringsliv ${periodLabel(period)}`;
}

function deadlineSentence(deadline: string | undefined, today: string): string[] {
  if (deadline === undefined) return [];
  const day = formatDay(deadline);
  return [deadline < today ? `Sista dag att skicka in var ${day}.` : `Sista dag att skicka in är ${day}.`];
}

function reminderBody({ period, deadline, coordinatorEmail }: Reminder, today: string): string {
  const where =
    coordinatorEmail === undefined
      ? 'med "Skicka in" i appen Uppföljningsrapport näringsliv, eller som bifogad Word-fil med e-post.'
      : `med "Skicka in" i appen Uppföljningsrapport näringsliv, eller som bifogad Word-fil till ${coordinatorEmail}.`;
  return [
    'Hej!',
    '',
    `Stadsledningskontoret har ännu inte fått er uppföljningsrapport näringsliv för ${periodLabel(period)} (${periodName(period.period)}).`,
    ...deadlineSentence(deadline, today),
    `Skicka den ${where}`,
    '',
    'Har ni redan skickat den kan ni bortse från det här meddelandet.',
    '',
    'Hälsningar',
    'Stadsledningskontoret',
  ].join('\n');
}

/** `now`: to say whether the last day has passed. */
export async function composeReminder(reminder: Reminder, now: Date): Promise<Buffer> {
  const coordinator = reminder.coordinatorEmail?.trim();
  const composer = new MailComposer({
    ...(coordinator ? { to: coordinator, replyTo: coordinator } : {}),
    bcc: reminder.recipients.map(({ organisation, email }) => ({ name: organisation, address: email })),
    subject: reminderSubject(reminder.period),
    text: reminderBody(reminder, formatDate(now.toISOString())),
    headers: { 'X-Unsent': '1' },
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const message = composer.compile();
  message.keepBcc = true;
  return message.build();
}
