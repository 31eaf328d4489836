// "Skicka med e-post": the report as an e-mail draft (.eml) to the coordinator, with the
// exported document attached. `X-Unsent: 1` and no From make Outlook open it as a draft ready
// to send from the user's own account. nodemailer's MailComposer writes correct MIME (Swedish
// subject and file name encoded as they must be); it is never allowed to read files or URLs.
import MailComposer from 'nodemailer/lib/mail-composer';
import { suggestedDocxName, type NamedReport } from '../export/file-name.ts';
import { periodLabel } from '../report/calendar.ts';
import { periodName } from '../form/vocabulary.ts';
import type { Report } from '../report/model.ts';
import { organisationName } from '../report/organisation.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The same words as the document's page header and file name: "… – Kulturnämnden – T2 2022". */
function emailSubject(report: NamedReport): string {
  const organisation = organisationName(report.header.committee) || 'Nämnd saknas';
  return `Uppföljningsrapport näringsliv – ${organisation} – ${periodLabel(report)}`;
}

function emailBody(report: Report): string {
  const organisation = organisationName(report.header.committee) || 'nämnden';
  const contact = [report.header.contactPerson, report.header.phone, report.header.email].map((part) => part.trim()).filter((part) => part !== '');
  return [
    'Hej!',
    '',
    `Här kommer uppföljningsrapporten näringsliv från ${organisation} för ${periodLabel(report)} (${periodName(report.period)}). Rapporten finns i den bifogade Word-filen.`,
    '',
    ...(contact.length > 0 ? [`Kontaktperson: ${contact.join(', ')}`, ''] : []),
    'Hälsningar',
    report.header.contactPerson.trim() || organisation,
  ].join('\n');
}

export async function composeEmail(report: Report, document: Uint8Array, to: string | undefined): Promise<Buffer> {
  const mail = new MailComposer({
    ...(to !== undefined && to.trim() !== '' ? { to: to.trim() } : {}),
    subject: emailSubject(report),
    text: emailBody(report),
    attachments: [{ filename: suggestedDocxName(report), content: Buffer.from(document), contentType: DOCX_TYPE }],
    headers: { 'X-Unsent': '1' },
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return mail.compile().build();
}

/** Where opening the draft fails: a mailto: link (no attachment is possible) to the same person. */
export function mailtoLink(report: Report, to: string | undefined, documentPath: string): string {
  const body = `${emailBody(report)}\n\n(Bifoga Word-filen: ${documentPath})`;
  return `mailto:${encodeURIComponent(to?.trim() ?? '')}?subject=${encodeURIComponent(emailSubject(report))}&body=${encodeURIComponent(body)}`;
}
