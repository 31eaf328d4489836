// Sammanställning's part of the string catalog: every text of the coordinator's screen that
// no other screen shows. The shared catalog (../shared/strings.ts) holds what several screens use.
import { swedishList } from '../shared/strings.ts';

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

/** "Sammanställning": the coordinator's screen. */
export const compilationText = {
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
  deadlineNotADay: 'Det är ingen dag appen kan spara. Ange dagen med ett fyrsiffrigt år, t.ex. 2026-09-15.',
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
