// Every text the UI shows, in Swedish, in one place. The form's own labels come from the
// form definition so they match the Word template word for word.
import type { OutboxItem } from '../../src-main/outbox/outbox-entry.ts';
import type { SubmissionSummary } from '../../src-main/report/summary.ts';
import { formDefinition } from '../../src-main/report/form-definition.ts';
import { formatDateTime, formatTimeOfDay } from '../../src-main/report/time-format.ts';

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
  documentIsFor: 'Dokumentets period',
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
    'Något i rapporten gick inte att visa. Det som är sparat finns kvar och ändras inte. Gå tillbaka till Mina rapporter och försök igen. Händer det igen: välj Hjälp > Kopiera felinformation och skicka den till IT.',
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
  alreadySentHeading: 'Redan inskickad',
  sendAgain: 'Skicka igen ändå',
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

export function savedAt(iso: string): string {
  return `Sparat ${formatTimeOfDay(iso)}`;
}

export const carriedOver = {
  reviewed: (from: string): string => `Från ${from} – granskad`,
  notReviewed: (from: string): string => `Från ${from} – ej granskad`,
  previousAnswer: (from: string): string => `Svar i ${from}`,
  compare: (from: string): string => `Jämför med ${from}`,
  changeSummary: (from: string, summary: string): string => `Mot ${from}: ${summary}.`,
  inserted: 'nytt: ',
  removed: 'borttaget: ',
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
  statedPeriod: (period: string): string => `Enligt dokumentet gäller rapporten ${period}.`,
  periodInText: (asWritten: string, period: string): string => `Texten nämner "${asWritten}", som är ${period}. Kontrollera att det stämmer och välj perioden.`,
  whyAsk: 'Word-mallen har ingen plats för perioden, så dokumentet säger inte vilken period det gäller. Välj period och budgetår.',
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

export function trashedReport(name: string, savedAt: string): string {
  return `${name}, senast sparad ${savedAt}`;
}

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

export const settingsText = {
  heading: 'Inställningar',
  open: 'Inställningar',
  sendingHeading: 'Skicka in',
  receiverUrl: 'Mottagningsadress',
  receiverUrlHelp: 'Adressen dit "Skicka in" skickar rapporten. Du får den av stadsledningskontoret.',
  senderKey: 'Avsändarnyckel',
  senderKeyHelp: 'Nyckeln ni fått av stadsledningskontoret, om ni fått en.',
  coordinatorEmail: 'Samordnarens e-post',
  coordinatorEmailHelp: 'Dit "Skicka med e-post" adresserar rapporten.',
  testConnection: 'Testa anslutningen',
  testing: 'Testar anslutningen …',
  coordinatorHeading: 'Sammanställning (för samordnaren)',
  coordinatorKey: 'Samordnarnyckel',
  coordinatorKeyHelp: 'Behövs bara av samordnaren på stadsledningskontoret, för att hämta inskickade rapporter till Sammanställning.',
  contactHeading: 'Förifyllt i nya rapporter',
  save: 'Spara inställningar',
  saved: 'Inställningarna sparades.',
  showKey: 'Visa nyckeln',
  loading: 'Läser inställningarna …',
  notLoaded: 'Inställningarna kunde inte läsas (se meddelandet ovan).',
  tryAgain: 'Försök igen',
};

/** The key field's help, with where the key is kept. */
export function senderKeyHelp(storage: string): string {
  return `${settingsText.senderKeyHelp} Nyckeln sparas ${storage}.`;
}

/** The coordinator key's help, with where the key is kept. */
export function coordinatorKeyHelp(storage: string): string {
  return `${settingsText.coordinatorKeyHelp} Nyckeln sparas ${storage}.`;
}

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
  return `Vanligast just nu: ${period}.`;
}

export function usePeriod(period: string): string {
  return `Använd ${period}`;
}

/** "A, B och C". */
export function swedishList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items.at(-1) ?? ''}`;
}

/** "Sammanställning": the coordinator's screen. */
export const compilationText = {
  open: 'Sammanställning',
  heading: 'Sammanställning',
  intro:
    'Läs in rapporterna som har kommit in för en period, se vem som har skickat, skapa stadens sammanställning och påminn dem som inte har skickat. Inget i mapparna ändras.',
  periodLegend: 'Period att sammanställa',
  periodMissing: 'Välj vilken period som ska sammanställas.',
  whyPeriod: 'Word-mallen säger inte vilken period den gäller, så de rapporter som inte säger det räknas för den period du väljer.',
  foldersLegend: 'Källor att läsa',
  foldersHelp:
    'Mottagaren, mottagarens datamapp och mappar med rapporter som har kommit med e-post. Skriv eller klistra in varje mapps sökväg; undermappar läses också.',
  receiverHelp: 'Inlämningarna hämtas med samordnarnyckeln under Inställningar. Inget ändras hos mottagaren.',
  receiverNone: 'ingen adress angiven',
  receiverUnavailable: 'Ange mottagningsadressen och samordnarnyckeln under Inställningar för att läsa mottagaren härifrån.',
  addFolder: 'Lägg till en mapp',
  chooseFolder: 'Välj mapp…',
  foldersMissing: 'Ange minst en mapp att läsa rapporterna från, eller välj Mottagaren.',
  deadlineLabel: 'Sista dag att skicka in',
  deadlineHelp: 'Sparas för perioden. Tabellen visar vem som skickade för sent, och datumet står i påminnelsen och på försättsbladet.',
  deadlineNeedsPeriod: 'Välj period och budgetår först: sista dag gäller en period.',
  deadlineUnset: 'Ingen sista dag är satt för perioden.',
  removeDeadline: 'Ta bort sista dag',
  exportStatus: 'Exportera status',
  exportingStatus: 'Exporterar status …',
  scan: 'Läs in',
  scanning: 'Läser in …',
  scanningStatus: 'Läser rapporterna i mapparna. Det kan ta några sekunder.',
  compile: 'Skapa sammanställning',
  compiling: 'Skapar sammanställningen …',
  remind: 'Påminnelse',
  reminding: 'Skriver påminnelsen …',
  actionsNeedScan: 'Läs in rapporterna för perioden först: sammanställningen och påminnelsen byggs av det som lästes in.',
  actionsStale: 'Läs in igen först: perioden eller källorna har ändrats sedan rapporterna lästes in.',
  actionsReady:
    'Sammanställningen är ett Word-dokument med alla svar, ordnade efter fokusområde. Påminnelsen är ett e-postutkast till dem som inte har skickat. Statusen är tabellen som Excel-fil. Alla tre läser in källorna på nytt.',
  allSent: 'Alla har skickat.',
  received: 'Mottagen',
  notSent: 'Har inte skickat',
  assignedByHand: 'tilldelad för hand',
  columns: {
    organisation: 'Nämnd eller bolag',
    status: 'Rapport',
    time: 'Tid',
    version: 'Version',
    route: 'Väg',
    completeness: 'Ifyllt',
    focusAreas: 'Fokusområden',
    late: 'Sista dag',
    contact: 'Kontaktperson',
  },
  onTime: 'i tid',
  registerHeading: 'Kontaktpersoner',
  registerHelp:
    'Påminnelsen går till de här adresserna, i Bcc. En rapport fyller bara i en kontakt som saknas här; nämner den en annan kontaktperson visas det efter inläsningen, och du väljer.',
  registerColumns: { organisation: 'Nämnd eller bolag', contactPerson: 'Kontaktperson', email: 'E-post', phone: 'Telefon', actions: 'Ändra' },
  editContact: 'Ändra',
  saveContact: 'Spara kontakten',
  importRegister: 'Importera från Excel eller CSV…',
  importingRegister: 'Läser filen …',
  importRegisterHelp:
    'Kolumnerna hittas på sina rubriker: Organisation (eller Nämnd), Kontaktperson, E-post och Telefon. Filens rader ersätter kontakterna för de organisationer den nämner.',
  exportRegister: 'Exportera till Excel',
  unmatchedHeading: 'Rader i filen som inte användes',
  conflictsHeading: 'Annan kontaktperson i rapporten',
  useReportContact: 'Använd rapportens',
  keepRegisterContact: 'Behåll registrets',
  routes: { inlamning: 'inlämning', 'e-post': 'e-post', fil: 'fil' },
  timeFrom: { report: 'senast sparad', receipt: 'kvittots tid', email: 'e-postens datum', file: 'filens ändringstid' },
  noUncounted: 'Alla filer som lästes räknas.',
  groups: {
    'unknown-organisation': 'Okänd nämnd eller bolag',
    unreadable: 'Kunde inte läsas',
    older: 'Äldre versioner',
    duplicate: 'Kopior',
    'other-period': 'Annan period',
  },
  unknownHelp: 'En rapport räknas när dess nämnd finns i listan. Tilldela filen en nämnd eller ett bolag, eller lägg till namnet i listan.',
  unreadableHelp: 'Vet du vems filen är kan du tilldela den: då räknas organisationen som mottagen, men utan svar.',
  assignLabel: 'Tilldela organisation',
  chooseOrganisation: 'Välj nämnd eller bolag',
  notSentGroup: 'Har inte skickat',
  sentGroup: 'Har skickat',
  assign: 'Tilldela',
  assignMissing: 'Välj vilken nämnd eller vilket bolag filen är från.',
  undoAssignment: 'Ångra tilldelningen',
  folderProblemsHeading: 'Källor som inte kunde läsas',
  listHeading: 'Nämnder och bolag i listan',
  listAdded: 'Tillagda av dig',
  listAddLabel: 'Lägg till nämnd eller bolag',
  listAddHelp: 'En ny nämnd, eller ett bolag med nytt namn. Stadens nämnder och bolag finns redan i listan.',
  listAdd: 'Lägg till i listan',
};
