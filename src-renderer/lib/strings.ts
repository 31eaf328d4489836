// Every text the UI shows, in Swedish, in one place. The form's own labels come from the
// form definition so they match the Word template word for word.
import type { OutboxItem } from '../../src-main/outbox/outbox-entry.ts';
import type { SubmissionSummary } from '../../src-main/report/summary.ts';
import { formDefinition } from '../../src-main/report/form-definition.ts';

export const labels = formDefinition.labels;

export const text = {
  appTitle: 'Uppföljningsrapport näringsliv',
  myReports: 'Mina rapporter',
  newReport: 'Ny rapport',
  fromPrevious: 'Ny rapport från föregående',
  fromPreviousHelp:
    'Nästa period byggs på en tidigare rapport: sidhuvud, fokusområden, frågor och svar följer med, och varje svar markeras tills du har granskat det.',
  previousReport: 'Föregående rapport',
  newEmptyReport: 'Ny tom rapport',
  createReport: 'Skapa rapport',
  cancel: 'Avbryt',
  noReports: 'Du har inga rapporter ännu. Skapa en ny för att börja.',
  open: 'Öppna',
  duplicate: 'Duplicera',
  delete: 'Ta bort',
  restore: 'Återställ',
  trash: 'Papperskorgen',
  trashEmpty: 'Papperskorgen är tom.',
  backToList: 'Mina rapporter',
  period: 'Period',
  budgetYear: 'Budgetår',
  questionSet: 'Frågor',
  noQuestionSet: 'Börja utan frågor (lägg till egna)',
  lastSaved: 'Senast sparad',
  completeness: 'Ifyllt',
  focusAreas: 'Fokusområden',
  focusAreasHelp: 'Välj de fokusområden i näringslivspolicyn som gäller nämnden. De behåller sina nummer.',
  missingHeading: 'Kvar att fylla i',
  allFilled: 'Allt är ifyllt.',
  warningsHeading: 'Att kontrollera',
  saving: 'Sparar …',
  unsaved: 'Ändrat – sparas strax',
  readOnly: 'Skrivskyddad',
  dismiss: 'Stäng meddelandet',
  committeeHelp: 'Nämnd eller bolagsstyrelse och dess förvaltning, t.ex. "Kulturnämnden: kulturförvaltningen".',
  movedToTrash: 'Rapporten flyttades till papperskorgen.',
  restored: 'Rapporten återställdes.',
  actions: 'Åtgärder',
  noCommittee: '(nämnd saknas)',
  keepUnchanged: 'Behåll oförändrat',
  foundHeading: 'Det här hittades',
  noFocusAreasFound: 'Inga fokusområden hittades.',
  unplacedHeading: 'Kunde inte placeras',
  allPlaced: 'Allt i dokumentet kunde placeras i formuläret.',
  documentIsFor: 'Dokumentet är rapporten för',
  questions: 'Frågor',
  importAddsNew: 'Rapporten läggs till som en ny rapport; ingen befintlig rapport ändras.',
  importAsNew: 'Importera som ny rapport',
  remove: 'Ta bort',
  exportToWord: 'Exportera till Word',
  exportDraft: 'Exportera utkast',
  draftExported: 'Utkastet sparades:',
  importFile: 'Importera rapport eller Word-dokument',
  importing: 'Läser filen …',
  exporting: 'Exporterar …',
  exported: 'Word-filen sparades:',
  openDocument: 'Öppna',
  showInFolder: 'Visa i mappen',
  reportForm: 'Rapport',
  emptyAnswer: '(tomt)',
  notFound: 'hittades inte',
  noValue: '–',
  unavailableHeading: 'Kan inte öppnas',
  unexpectedError: 'Ett oväntat fel inträffade.',
  fileUnreadable: 'Filen kunde inte läsas.',
  noPrevious: 'Det finns ingen rapport att bygga på än. Skapa en ny tom rapport nedan, eller importera förra periodens Word-dokument från Mina rapporter.',
  createNextPeriod: 'Skapa nästa period från den',
  screenFailedHeading: 'Det här gick inte att visa',
  screenFailed:
    'Något i rapporten gick inte att visa. Det som är sparat finns kvar och ändras inte. Gå tillbaka till Mina rapporter och försök igen. Händer det igen, kontakta IT: rapportfilen finns kvar i appens datamapp.',
  emailOpened: 'E-postutkastet öppnades i e-postprogrammet med Word-filen bifogad. Granska och skicka det därifrån.',
  openMailProgram: 'Öppna e-postprogrammet',
  previewUnreachable: 'Förhandsvisningens server svarar inte. Starta den igen; det du skrivit finns kvar i fönstret.',
  previewForbidden: 'Förhandsvisningen nekade åtkomst. Öppna adressen som servern skrev ut när den startade.',
} as const;

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
};

export function unexpectedError(detail: string): string {
  return `Ett oväntat fel inträffade: ${detail}`;
}

export function previewFailed(status: number): string {
  return `Förhandsvisningens server svarade med fel ${status}.`;
}

export function asFoundInDocument(heading: string): string {
  return `I dokumentet: "${heading}"`;
}

export function filledFields(filled: number, total: number): string {
  return `${filled} av ${total} ifyllda`;
}

export function savedAt(iso: string): string {
  return `Sparat ${new Date(iso).toLocaleTimeString('sv-SE')}`;
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString('sv-SE', { dateStyle: 'short', timeStyle: 'short' });
}

export function confirmRemoveArea(title: string): string {
  return `Ta bort fokusområdet "${title}" med dess frågor och svar ur rapporten?`;
}

export function confirmRemoveQuestion(number: string): string {
  return `Ta bort fråga ${number} och dess svar?`;
}

export const question = {
  label: (number: string): string => `Fråga ${number}`,
  answerLabel: (number: string): string => `Svar på fråga ${number}`,
  moveUp: (number: string): string => `Flytta fråga ${number} upp`,
  moveDown: (number: string): string => `Flytta fråga ${number} ned`,
  remove: (number: string): string => `Ta bort fråga ${number}`,
  keepUnchanged: (number: string): string => `Behåll oförändrat: svaret på fråga ${number}`,
};

export const carriedOver = {
  reviewed: (from: string): string => `Från ${from} – granskad`,
  notReviewed: (from: string): string => `Från ${from} – ej granskad`,
  previousAnswer: (from: string): string => `Svar i ${from}`,
};

export const importing = {
  heading: (fileName: string): string => `Importera ${fileName}`,
  done: (what: string, fileName: string): string => `${what} importerad från ${fileName}.`,
  doneAndStarted: (what: string, next: string, fileName: string): string => `${what} importerad från ${fileName}; ${next} startad från den.`,
  open: (what: string): string => `Öppna ${what}`,
  andStart: (next: string): string => `Importera och starta ${next}`,
  as: (period: string): string => `Importera som ${period}`,
  andStartNext: 'Importera och starta nästa period',
  asChosen: 'Importera',
  statedPeriod: (period: string): string => `Dokumentet är rapporten för ${period}: så står det i dokumentet.`,
  whyAsk: 'Dokumentet säger inte vilken period det gäller (Word-mallen har ingen plats för det). Välj den, så importeras det som den perioden.',
  yearFromText: (year: number): string => `Budgetåret ${year} står i dokumentets inledning.`,
};

export function startFrom(next: string): string {
  return `Starta ${next} från denna`;
}

/** The accessible name: the visible text first, then which report (WCAG 2.5.3). */
export function startFromReport(next: string, name: string): string {
  return `${startFrom(next)}: ${name}`;
}

export function createFrom(next: string): string {
  return `Skapa ${next} från den`;
}

/** An option in "Föregående rapport": which report, when it was saved, how much is filled in. */
export function previousOption(name: string, savedAt: string, filled: number, total: number): string {
  return `${name} – sparad ${savedAt}, ${filled} av ${total} ifyllda`;
}

export function filledOf(filled: number, total: number): string {
  return `${filled} av ${total}`;
}

export function notSaved(message: string): string {
  return `Inte sparat: ${message}`;
}

export function trashedReport(name: string, savedAt: string): string {
  return `${name}, senast sparad ${savedAt}`;
}

export function addQuestionUnder(areaNumber: number): string {
  return `Lägg till fråga under ${areaNumber}`;
}

export function queuedForSending(version: number): string {
  return `Version ${version} ligger i utkorgen och skickas till staden. Du ser när kvittot har kommit.`;
}

export function emailComposed(emlPath: string): string {
  return `E-postutkastet sparades som ${emlPath}. Öppna det i e-postprogrammet, eller använd länken (då bifogar du Word-filen själv).`;
}

export function emailNotOpened(problem: string, documentPath: string): string {
  return `E-postutkastet kunde inte öppnas (${problem}). Använd länken och bifoga Word-filen ${documentPath}, som visas i sin mapp.`;
}

function clock(iso: string): string {
  return new Date(iso).toLocaleString('sv-SE', { dateStyle: 'short', timeStyle: 'short' });
}

/** One line on where a version is: "Version 2 mottagen 2026-09-14 14:02, kvitto 2026-T2-000042". */
export function outboxState(item: OutboxItem): string {
  const version = `Version ${item.version}`;
  switch (item.state) {
    case 'sent':
      return `${version} mottagen ${clock(item.receivedAt ?? item.submittedAt)}, kvitto ${item.receipt ?? ''}`;
    case 'sending':
      return `${version} skickas …`;
    case 'waiting':
      return `${version} väntar i utkorgen`;
    case 'failing':
      return `${version} väntar: ${item.problem ?? ''}${item.nextAttemptAt ? ` Nästa försök ${clock(item.nextAttemptAt)}.` : ''}`;
    case 'rejected':
      return `${version} togs inte emot: ${item.problem ?? ''}`;
  }
}

/** The list's "Inskickad" column. */
export function submissionState(submission: SubmissionSummary | undefined): string {
  if (submission === undefined) return sendingText.notSubmitted;
  const sent = submission.receipt === undefined ? `Version ${submission.version} i utkorgen` : `Version ${submission.version}, kvitto ${submission.receipt}`;
  return submission.changedSince ? `${sent} – ändrad efter inskick` : sent;
}

export function outboxAction(action: string, name: string, version: number): string {
  return `${action} ${name} version ${version}`;
}

export const settingsText = {
  heading: 'Inställningar',
  open: 'Inställningar',
  sendingHeading: 'Skicka in',
  receiverUrl: 'Mottagningsadress',
  receiverUrlHelp: 'Adressen dit "Skicka in" skickar rapporten. Den finns hos stadsledningskontoret.',
  senderKey: 'Avsändarnyckel',
  senderKeyHelp: 'Nyckeln ni fått av stadsledningskontoret, om ni fått en.',
  coordinatorEmail: 'Samordnarens e-post',
  coordinatorEmailHelp: 'Dit "Skicka med e-post" adresserar rapporten.',
  contactHeading: 'Förifyllt i nya rapporter',
  save: 'Spara inställningar',
  saved: 'Inställningarna sparades.',
  showKey: 'Visa nyckeln',
};

export function fromIt(value: string): string {
  return `Förinställt av IT: ${value}`;
}

export function notAnEmailAddress(value: string): string {
  return `"${value.trim()}" är ingen e-postadress.`;
}

export const copyText = {
  existsHeading: 'Rapporten finns redan',
  nameHelp: 'En kopia får ett eget namn, så att den går att skilja från originalet i Mina rapporter.',
  nameLabel: 'Namn på kopian',
  nameMissing: 'Ge kopian ett namn.',
  defaultName: 'Kopia',
  make: 'Skapa kopian',
  openExisting: 'Öppna den som finns',
  duplicateHeading: 'Duplicera rapporten',
};

export const fieldText = {
  yearMissing: 'Ange budgetåret, t.ex. 2026.',
  yearInvalid: 'Budgetåret ska vara ett årtal med fyra siffror, mellan 2000 och 2100.',
  periodMissing: 'Välj vilken period rapporten gäller.',
  committeeMissing: 'Ange nämnd eller bolagsstyrelse.',
  choosePeriod: 'Välj period',
};

/** The hint beside the period: what is usually written now, for the user to take or not. */
export function periodNowHint(period: string): string {
  return `Just nu skrivs vanligen ${period}.`;
}

export function usePeriod(period: string): string {
  return `Använd ${period}`;
}

/** The editor bar's way to the list of what is left. */
export function toPanel(count: number): string {
  return `Kvar att fylla i (${count})`;
}

/** After an export: what the review still has, which did not stop the export. */
export function findingsLeft(count: number): string {
  return count === 1 ? 'Rapporten har 1 sak kvar att åtgärda; se Kvar att fylla i.' : `Rapporten har ${count} saker kvar att åtgärda; se Kvar att fylla i.`;
}

export const questionYearText = {
  update: (to: number): string => `Byt till ${to} i frågorna`,
  keep: 'Behåll frågorna som de är',
  offer: (from: number, to: number): string =>
    `Frågorna är skrivna för budget ${from}, men rapporten gäller budget ${to}. Ska ${from} bytas mot ${to} i frågorna? Varje fråga som ändras markeras, så att du kan granska den.`,
  changed: 'Årtalet ändrat av appen – ej granskat',
  keepChange: (number: string): string => `Behåll ändringen: fråga ${number}`,
  keepChangeVisible: 'Behåll ändringen',
  before: 'Frågan före ändringen',
};
