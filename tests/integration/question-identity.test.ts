// A question keeps its identity the whole way: a report for T1, e-mailed as the app's Word
// export, carried over to T2 in the app, its question reworded and moved there, and sent to
// the city's receiver; the coordinator reads T1 from her folder and T2 from the receiver, and
// the compilation knows the reworded question as last period's, by its identity, with no
// comparison by text.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { carryOverReport } from '../../src-main/report/create.ts';
import type { Report } from '../../src-main/report/model.ts';
import { addSender } from '../../src-main/receiver/senders.ts';
import { createServices } from '../../src-main/services.ts';
import { convertWithLibreOffice, textLines } from '../support/docx-check.ts';
import { DOCUMENT_WORKER } from '../support/preview.ts';
import { newIdempotencyKey, payloadFor, send, startTestReceiver, type TestReceiver } from '../support/receiver-client.ts';
import { runReceiverCli } from '../support/receiver-processes.ts';
import { sampleReport } from '../support/reports.ts';
import { makeTempFolder } from '../support/temp-folder.ts';

let temp: Awaited<ReturnType<typeof makeTempFolder>>;
let receiver: TestReceiver;
let coordinatorKey: string;
let mail: string;

const T1: Report = sampleReport({
  period: 'T1',
  year: 2026,
  header: { committee: 'Kulturnämnden', contactPerson: 'Moa Almerud', phone: '08-508 000 00', email: 'moa.almerud@stockholm.se' },
  focusAreas: [
    {
      number: 1,
      questions: [
        { id: 'a', identity: 'stad-1-1', text: 'Beskriv arbetet med evenemang under 2025.', answer: 'Vi arrangerade Kulturnatten.' },
        { id: 'b', identity: 'stad-1-2', text: 'Hur samverkar ni med näringslivet?', answer: 'Genom Business Region.' },
      ],
    },
  ],
  otherInformation: 'Inget.',
});

beforeAll(async () => {
  temp = await makeTempFolder('rapport-fragans-identitet-');
  const data = join(temp.path, 'mottagare');
  const added = await runReceiverCli(['add-coordinator', 'Stadsledningskontoret', '--data', data]);
  coordinatorKey = added.stdout.trim().split('\n').at(-1) ?? '';
  const senderKey = (await addSender(data, 'Kulturnämnden', new Date())).key;
  receiver = await startTestReceiver({ dataFolder: data });

  // T2 in the app: carried over, the first question's year brought up to date and moved last, the other answer changed.
  const t2 = carryOverReport(T1, new Date('2026-09-01T08:00:00Z'));
  const [evenemang, samverkan] = t2.focusAreas[0]?.questions ?? [];
  if (evenemang === undefined || samverkan === undefined) throw new Error('T1 has two questions');
  t2.focusAreas = [
    {
      number: 1,
      questions: [
        { ...samverkan, answer: 'Genom Business Region och Företagsfrämjandet.' },
        { ...evenemang, text: 'Beskriv arbetet med evenemang under 2026.' },
      ],
    },
  ];
  mail = join(temp.path, 'e-post');
  await mkdir(mail);
  await writeFile(join(mail, 'Kulturnämnden T1 2026.docx'), (await payloadFor(T1)).document);
  expect((await send(receiver.url, await payloadFor(t2), { key: senderKey, idempotencyKey: newIdempotencyKey() })).status).toBe(201);
});

afterAll(async () => {
  await receiver.close();
  await temp.remove();
});

describe('a question’s identity from the sender to the compilation', () => {
  test('the reworded, moved question is known as last period’s: its kept answer is marked unchanged, and none was compared by text', async () => {
    const services = createServices({ dataFolder: join(temp.path, 'samordnare'), documentWorkerPath: DOCUMENT_WORKER });
    await services.settings.save({ receiverUrl: receiver.url, coordinatorKey, contactDefaults: {} });
    const written = await services.compilation.compile({ period: { period: 'T2', year: 2026 }, folders: [mail], receiver: true, assignments: [] });
    await services.close();
    const lines = textLines((await convertWithLibreOffice([written?.path ?? ''], 'txt:Text')).get(written?.path ?? '') ?? Buffer.alloc(0));
    const at = lines.indexOf('Oförändrat sedan T1 2026');
    expect(lines[at - 1]).toMatch(/Beskriv arbetet med evenemang under 2026\./);
    expect(lines[at + 1]).toBe('Vi arrangerade Kulturnatten.');
    expect(lines.filter((line) => line === 'Oförändrat sedan T1 2026')).toHaveLength(1);
    const text = lines.join('\n');
    expect(text).toContain('1 av 2 svar ändrade sedan T1 2026');
    expect(text).not.toContain('frågans text');
  }, 120_000);
});
