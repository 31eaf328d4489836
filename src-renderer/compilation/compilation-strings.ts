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
