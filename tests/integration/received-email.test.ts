// Saved e-mails the coordinator received: reports attached to the message itself and to
// messages forwarded in it are read, and a forwarded message that cannot be read costs only
// itself, never the reports beside it.
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { describe, expect, test } from 'vitest';
import { renderDocx } from '../../src-main/docx/write-docx.ts';
import { readReceivedFile } from '../../src-main/compile/read-received-file.ts';
import { sampleReport } from '../support/reports.ts';

const CHOSEN = { period: 'T2', year: 2022 } as const;

function compose(options: ConstructorParameters<typeof MailComposer>[0]): Promise<Buffer> {
  return new MailComposer({ from: 'kontakt@kultur.stockholm.se', to: 'samordnare@stadshuset.stockholm.se', ...options }).compile().build();
}

/** A message of more MIME parts than the e-mail reader takes. */
function overlong(): Buffer {
  const parts = Array.from({ length: 1_100 }, (_, index) => `--b\r\nContent-Type: text/plain\r\n\r\ndel ${index}\r\n`).join('');
  return Buffer.from(`From: a@b.se\r\nSubject: Fw: rapport\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n${parts}--b--\r\n`);
}

describe('a saved e-mail with forwarded messages', () => {
  test('a report forwarded in a forwarded message is read with the one attached directly', async () => {
    const culture = sampleReport();
    const sport = sampleReport({ header: { ...culture.header, committee: 'Idrottsnämnden' } });
    const forwarded = await compose({ subject: 'Idrottsnämndens rapport', attachments: [{ filename: 'idrott.json', content: JSON.stringify(sport) }] });
    const eml = await compose({
      subject: 'Två rapporter',
      attachments: [
        { filename: 'kultur.docx', content: Buffer.from(await renderDocx(culture)) },
        { filename: 'vidare.eml', content: forwarded, contentType: 'message/rfc822' },
      ],
    });
    const { parts } = await readReceivedFile('inkorg.eml', eml, CHOSEN);
    expect(parts.map((part) => ('report' in part ? part.report.committee : part.problem))).toEqual(['Kulturnämnden: kulturförvaltningen', 'Idrottsnämnden']);
  });

  test('a forwarded message that cannot be read is named; the report beside it is still read', async () => {
    const eml = await compose({
      subject: 'Rapport och ett trasigt meddelande',
      attachments: [
        { filename: 'kultur.docx', content: Buffer.from(await renderDocx(sampleReport())) },
        // Encoded, as some mail programs forward: the outer message is read, the forwarded one is not.
        { filename: 'trasigt.eml', content: overlong(), contentType: 'message/rfc822', contentTransferEncoding: 'base64' },
      ],
    });
    const { parts } = await readReceivedFile('inkorg.eml', eml, CHOSEN);
    expect(parts).toHaveLength(2);
    expect(parts[0] && 'report' in parts[0] ? parts[0].report.committee : undefined).toBe('Kulturnämnden: kulturförvaltningen');
    expect(parts[1]).toEqual({ name: 'trasigt.eml', problem: expect.stringMatching(/vidarebefordrat meddelande .* kunde inte läsas/) as unknown });
  });
});
