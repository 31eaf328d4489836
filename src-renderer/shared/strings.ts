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

export function filledFields(filled: number, total: number): string {
  return `${filled} av ${total} ifyllda`;
}

export function savedAt(iso: string): string {
  return `Sparat ${formatTimeOfDay(iso)}`;
}

export const removeArea = {
  heading: (number: number): string => `Ta bort fokusområde ${number}?`,
  message: (title: string): string => `"${title}" har frågor och svar. De tas bort ur rapporten och går inte att få tillbaka.`,
  confirm: 'Ta bort fokusområdet',
};

export const question = {
  label: (number: string): string => `Fråga ${number}`,
  answerLabel: (number: string): string => `Svar på fråga ${number}`,
  moveUp: (number: string): string => `Flytta fråga ${number} upp`,
  moveDown: (number: string): string => `Flytta fråga ${number} ned`,
  remove: (number: string): string => `Ta bort fråga ${number}`,
  removed: (number: string, text: string): string => `Fråga ${number}${text ? ` ("${text}")` : ''} är borttagen.`,
  undo: 'Ångra',
  undoRemove: (number: string): string => `Ångra: lägg tillbaka fråga ${number}`,
  closeRemoved: (number: string): string => `Stäng meddelandet om fråga ${number}`,
  keepUnchanged: (number: string): string => `Behåll oförändrat: svaret på fråga ${number}`,
};

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

/** The editor bar's way to the list of what is left. */
export function toPanel(count: number): string {
  return `Kvar att fylla i (${count})`;
}

/** After an export: what the review still has, which did not stop the export. */
export function findingsLeft(count: number): string {
  return count === 1 ? 'Rapporten har 1 sak kvar att åtgärda; se Kvar att fylla i.' : `Rapporten har ${count} saker kvar att åtgärda; se Kvar att fylla i.`;
}

export const languageText = {
  whole: (value: number, band: string): string => `Läsbarhet för hela rapporten: LIX ${value}, ${band}.`,
  hide: 'Dölj tips om klarspråk',
  show: 'Visa tips om klarspråk',
};

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

/** "A, B och C". */
function swedishList(items: readonly string[]): string {
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

/** The result's heading, which the focus moves to after each reading: the number that matters first. */
export function compilationResultHeading(period: string, sent: number, total: number): string {
  return `${period}: ${sent} av ${total} har skickat`;
}

export function notSentNamed(names: readonly string[]): string {
  return `Har inte skickat: ${swedishList(names)}.`;
}

export function staleResult(period: string): string {
  return `Perioden eller källorna har ändrats sedan inläsningen. Resultatet nedan gäller ${period} och källorna som lästes då. Läs in igen.`;
}

export function compilationCaption(period: string): string {
  return `Nämnder och bolag, ${period}`;
}

export function folderLabel(position: number): string {
  return `Mapp ${position}`;
}

export function removeFolder(position: number): string {
  return `Ta bort mapp ${position}`;
}

export function receivedUnreadable(reason: string): string {
  return `Mottagen, men kunde inte läsas: ${reason}`;
}

/** Beside the saved time of a version the receiver stored: "inkom 2026-09-14 10:02". */
export function receivedAtNote(time: string): string {
  return `inkom ${time}`;
}

export function otherVersionsOf(count: number): string {
  return count === 1 ? '1 annan fil räknas inte' : `${count} andra filer räknas inte`;
}

export function toFixCount(count: number): string {
  return `${count} att åtgärda`;
}

export function toCheckCount(count: number): string {
  return `${count} att kontrollera`;
}

export function uncountedHeading(count: number): string {
  return `Filer som inte räknas (${count})`;
}

export function groupHeading(title: string, count: number): string {
  return `${title} (${count})`;
}

export function committeeAsWritten(committee: string): string {
  return `Nämnd i filen: ${committee}`;
}

/** The accessible name of a control for one file: its visible text first, then the file (WCAG 2.5.3). */
export function forFile(visible: string, file: string): string {
  return `${visible}: ${file}`;
}

export function addToList(name: string): string {
  return `Lägg till ${name} i listan`;
}

export function assignedHeading(count: number): string {
  return `Tilldelade för hand (${count})`;
}

export function countsFor(file: string, organisation: string): string {
  return `${file} räknas för ${organisation}`;
}

export function otherFilesNotRead(count: number): string {
  const why = 'bara vanliga .docx-, .json- och .eml-filer läses, inte länkar eller Words låsfiler.';
  return count === 1 ? `1 annan fil lästes inte: ${why}` : `${count} andra filer lästes inte: ${why}`;
}

export function organisationListSummary(total: number, added: number): string {
  const yours = added === 0 ? '' : `, varav ${added} som du har lagt till`;
  return `Listan har ${total} nämnder och bolag${yours}. En rapport räknas när namnet i dess fält Nämnd finns i listan.`;
}

export function showWholeList(count: number): string {
  return `Visa hela listan (${count})`;
}

export function removeFromList(name: string): string {
  return `Ta bort ${name} ur listan`;
}

export function addedToList(name: string): string {
  return `${name} lades till i listan.`;
}

export function removedFromList(name: string): string {
  return `${name} togs bort ur listan.`;
}

export function deadlineSaved(period: string, day: string): string {
  return `Sista dag för ${period} är ${day}.`;
}

export function deadlineRemoved(period: string): string {
  return `Sista dag för ${period} togs bort.`;
}

export function deadlineFor(period: string): string {
  return `Sista dag att skicka in för ${period}`;
}

/** How late a report came, in the table. */
export function daysLate(days: number): string {
  return days === 1 ? '1 dag sent' : `${days} dagar sent`;
}

export function statusWritten(period: string, path: string): string {
  return `Statusen för ${period} sparades som Excel-fil: ${path}.`;
}

export function receiverSourceLabel(address: string): string {
  let host = address;
  try {
    host = new URL(address).host;
  } catch {
    // The address as typed, where it is not one.
  }
  return `Läs också Mottagaren (${host})`;
}

export function registerSummary(withAddress: number, total: number): string {
  return `${withAddress} av ${total} har en e-postadress i registret.`;
}

export function editContactLabel(organisation: string): string {
  return `Ändra kontakten för ${organisation}`;
}

export function contactFieldLabel(field: string, organisation: string): string {
  return `${field} för ${organisation}`;
}

export function contactSaved(organisation: string): string {
  return `Kontakten för ${organisation} sparades.`;
}

export function contactsImported(imported: number, unmatched: number): string {
  const rows = unmatched === 0 ? '' : ` ${unmatched === 1 ? '1 rad' : `${unmatched} rader`} användes inte: se listan under Kontaktpersoner.`;
  return `${imported === 1 ? 'Kontakt för 1 organisation' : `Kontakter för ${imported} organisationer`} lästes in.${rows}`;
}

export function contactsExported(path: string): string {
  return `Kontaktpersonerna sparades som Excel-fil: ${path}.`;
}

export function unmatchedRow(row: number, text: string, reason: string): string {
  return `Rad ${row} (${text}): ${reason}`;
}

/** A report naming another contact than the register. */
export function contactConflict(organisation: string, register: string, report: string): string {
  return `${organisation}: registret har ${register}, men rapporten anger ${report}.`;
}

export function contactLine(contact: { contactPerson: string; email: string; phone: string }): string {
  return [contact.contactPerson, contact.email, contact.phone].filter((value) => value.trim() !== '').join(', ') || 'ingen kontakt';
}

export function useReportContactLabel(organisation: string): string {
  return `Använd rapportens kontakt för ${organisation}`;
}

export function keepRegisterContactLabel(organisation: string): string {
  return `Behåll registrets kontakt för ${organisation}`;
}

export function compilationWritten(period: string, path: string, sent: number, total: number): string {
  return `Sammanställningen för ${period} sparades: ${path} (${sent} av ${total} har skickat).`;
}

/** After "Påminnelse": who gets it, who must be reached another way, and where the draft is. */
export function reminderWritten(reminder: { path: string; opened: boolean; recipients: number; withoutAddress: readonly string[] }): string {
  const to = reminder.recipients === 0 ? 'utan mottagare' : `med ${reminder.recipients} mottagare i Bcc`;
  const where = reminder.opened ? 'Den öppnades i e-postprogrammet; granska och skicka den därifrån.' : 'Öppna den i e-postprogrammet och skicka den därifrån.';
  const others =
    reminder.withoutAddress.length === 0
      ? ''
      : ` Ingen e-postadress är känd för ${swedishList(reminder.withoutAddress)}: nå ${reminder.withoutAddress.length === 1 ? 'den' : 'dem'} på annat sätt.`;
  return `Påminnelsen sparades ${to}: ${reminder.path}. ${where}${others}`;
}

export function attachmentIn(part: string, file: string): string {
  return `${part} i ${file}`;
}
