// "Skicka med e-post": an .eml draft that an independent MIME parser reads back as the right
// Swedish subject and attachment name, with the exported document's bytes attached.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ExportPlatform } from '../../src-main/export/export-service.ts';
import { createServices, type Services } from '../../src-main/services.ts';
import { assertDocxWellFormed } from '../support/docx-check.ts';
import { DOCUMENT_WORKER } from '../support/preview.ts';
import { makeTempFolder } from '../support/temp-folder.ts';
import { CULTURE_SET_ID, TEST_QUESTION_SETS } from '../support/question-sets.ts';

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let services: Services;
const opened: string[] = [];

async function reportWithAnswers(): Promise<string> {
  const report = await services.store.create({
    committee: 'Kulturnämnden: kulturförvaltningen',
    period: 'T2',
    year: 2026,
    questionSetId: CULTURE_SET_ID,
  });
  report.header = { ...report.header, contactPerson: 'Åsa Öberg', phone: '08-508 000 00', email: 'asa.oberg@stockholm.se' };
  const question = report.focusAreas[0]?.questions[0];
  if (question) question.answer = 'Förvaltningen har stärkt de kulturella och kreativa näringarna – 12 evenemang.';
  await services.store.save(report);
  return report.id;
}

function start(platform?: ExportPlatform): void {
  services = createServices({
    dataFolder: folder.path,
    documentWorkerPath: DOCUMENT_WORKER,
    questionSets: TEST_QUESTION_SETS,
    ...(platform ? { exportPlatform: platform } : {}),
  });
}

beforeEach(async () => {
  folder = await makeTempFolder('rapport-email-');
  opened.length = 0;
  start();
  await services.settings.save({ coordinatorEmail: 'näringsliv@stockholm.se', contactDefaults: {} });
});
afterEach(async () => {
  await services.close();
  await folder.remove();
});

describe('e-mail draft', () => {
  test('read by mailparser: Swedish subject, the coordinator as recipient, no sender, X-Unsent, and the document attached byte for byte', async () => {
    const composed = await services.email.compose(await reportWithAnswers());
    expect(composed.opened).toBe(false);
    const mail = await simpleParser(await readFile(composed.emlPath));
    expect(mail.subject).toBe('Uppföljningsrapport näringsliv – Kulturnämnden – T2 2026');
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((address) => address.address) : []).toEqual(['näringsliv@stockholm.se']);
    expect(mail.from).toBeUndefined();
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.text).toContain('Kontaktperson: Åsa Öberg, 08-508 000 00, asa.oberg@stockholm.se');
    expect(mail.attachments.map((attachment) => [attachment.filename, attachment.contentType])).toEqual([
      ['Uppföljningsrapport näringsliv – Kulturnämnden – T2 2026.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ]);
    const attached = mail.attachments[0]?.content ?? Buffer.alloc(0);
    expect(attached.equals(await readFile(composed.documentPath))).toBe(true);
    const parts = await assertDocxWellFormed(attached);
    expect(parts.get('word/document.xml')).toContain('12 evenemang');
  });

  test('where the mail program does not open the draft, a mailto: link to the same person and the document in its folder', async () => {
    await services.close();
    start({
      chooseSavePath: async () => undefined,
      openFile: async () => {
        throw new Error('Ingen app är kopplad till .eml');
      },
      openExternal: async (url) => void opened.push(url),
      showInFolder: async (path) => void opened.push(`mapp ${path}`),
    });
    const composed = await services.email.compose(await reportWithAnswers());
    expect(composed).toMatchObject({ opened: false, problem: 'Ingen app är kopplad till .eml' });
    const [mailto, shown] = opened;
    expect(mailto).toMatch(/^mailto:n%C3%A4ringsliv%40stockholm\.se\?subject=Uppf%C3%B6ljningsrapport/);
    expect(decodeURIComponent(mailto ?? '')).toContain('Bifoga Word-filen:');
    expect((mailto ?? '').length).toBeLessThan(2_000);
    expect(shown).toBe(`mapp ${composed.documentPath}`);
    expect(composed.documentPath).toBe(join(folder.path, 'e-post', 'Uppföljningsrapport näringsliv – Kulturnämnden – T2 2026.docx'));
  });
});
