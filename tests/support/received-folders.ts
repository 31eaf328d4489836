// Folders of received reports as the coordinator finds them at the end of a period: the
// receiver's data folder (versions stored by the real SubmissionStore) and a folder of files
// received by e-mail (the app's Word exports, the city's template filled in with and without
// content controls, LibreOffice re-saves, report files and saved e-mails with the document
// attached). Each organisation's answers name it and their question, so a test can find
// every answer in the compiled document. Deterministic for the same options.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { composeEmail } from '../../src-main/email/compose-email.ts';
import { suggestedDocxName, suggestedDraftName } from '../../src-main/export/file-name.ts';
import { renderDocx } from '../../src-main/docx/write-docx.ts';
import type { PeriodOfYear } from '../../src-main/report/calendar.ts';
import { focusAreaHeading, formTemplate, withYear } from '../../src-main/form/template.ts';
import type { FocusAreaNumber } from '../../src-main/form/vocabulary.ts';
import { CITY_ORGANISATIONS } from '../../src-main/report/organisation.ts';
import type { Report } from '../../src-main/report/model.ts';
import { organisationName } from '../../src-main/report/organisation.ts';
import { SubmissionStore } from '../../src-main/receiver/submission-store.ts';
import { PART_FILES } from '../../src-main/receiver/submission-parts.ts';
import { convertWithLibreOffice } from './docx-check.ts';
import { sampleReport, swedishText } from './reports.ts';
import { buildDocx, controlBlock, controlParagraph, documentXml, paragraph } from './word-forms.ts';

type Shape = 'receiver' | 'export' | 'template' | 'plain-form' | 'libreoffice' | 'email' | 'report-file';

const SHAPES: readonly Shape[] = ['receiver', 'export', 'template', 'plain-form', 'libreoffice', 'email', 'report-file'];

export interface ReceivedFoldersOptions {
  period?: PeriodOfYear;
  questionsPerReport?: number;
  answerLength?: number;
  /** Indexes into the city's list of organisations that send nothing. */
  notSent?: readonly number[];
  /** The shape each organisation's report arrives in, by index; a mix of all by default. */
  shapeOf?: (index: number) => Shape;
}

export interface ReceivedFolders {
  receiverData: string;
  mailFolder: string;
  period: PeriodOfYear;
  /** Organisation (as the list names it) -> the report that should count for it. */
  sent: Map<string, Report>;
  shapes: Map<string, Shape>;
  notSent: string[];
}

const AREA_PATTERNS: readonly FocusAreaNumber[][] = [[1, 2, 3, 4], [1, 3], [2], [2, 3, 4], [4], [1, 2]];

/** "Svar 2.3 från Kulturnämnden": names the answer in the compiled document. */
export function answerTag(organisation: string, areaNumber: number, index: number): string {
  return `Svar ${areaNumber}.${index + 1} från ${organisation}`;
}

/** A report from organisation `index` of the list, saved at `savedAt`. */
export function receivedReport(
  index: number,
  period: PeriodOfYear,
  options: { questionsPerReport?: number; answerLength?: number; savedAt?: string } = {},
): Report {
  const committee = CITY_ORGANISATIONS[index] ?? `Organisation ${index}`;
  const organisation = organisationName(committee);
  const areas = AREA_PATTERNS[index % AREA_PATTERNS.length] ?? [1];
  const questionCount = options.questionsPerReport ?? 5;
  const answerLength = options.answerLength ?? 1_500;
  const focusAreas = areas.map((number, areaIndex) => {
    const count = Math.floor(questionCount / areas.length) + (areaIndex < questionCount % areas.length ? 1 : 0);
    return {
      number,
      questions: Array.from({ length: count }, (_, questionIndex) => ({
        id: `q${number}x${questionIndex}`,
        identity: `uppdrag-${number}-${questionIndex + 1}`,
        text: `Redogör för arbetet med uppdrag ${number}.${questionIndex + 1} i budget ${period.year}.`,
        answer: `${answerTag(organisation, number, questionIndex)}. ${swedishText(answerLength, index * 100 + number * 10 + questionIndex)}`
          .replace(/\n\n+/g, '\n\n')
          .trim(),
      })),
    };
  });
  const savedAt = options.savedAt ?? new Date(Date.UTC(period.year, 8, 1 + (index % 20), 8, index % 60)).toISOString();
  const email = `kontakt${index}@${organisation
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]+/g, '')}.stockholm.se`;
  return {
    ...sampleReport(),
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    createdAt: savedAt,
    updatedAt: savedAt,
    period: period.period,
    year: period.year,
    header: { committee, contactPerson: `Kontakt ${index}`, phone: '08-508 00 000', email },
    focusAreas,
    otherInformation: `Övrigt från ${organisation}.`,
    submissions: [],
  };
}

/** The city's template filled in: content controls round each value, or (plain) typed paragraphs with bold questions. */
export async function templateForm(report: Report, controls: boolean): Promise<Buffer> {
  const value = (text: string): string => {
    if (!controls)
      return text
        .split('\n\n')
        .map((part) => paragraph(part))
        .join('');
    const parts = text.split('\n\n');
    return parts.length > 1 ? controlBlock(parts) : controlParagraph(text);
  };
  const labels = formTemplate.labels;
  const body = [
    paragraph(formTemplate.title, { bold: true }),
    paragraph(withYear(formTemplate.introduction, report.year)),
    paragraph(labels.committee),
    value(report.header.committee),
    paragraph(labels.contactPerson),
    value(report.header.contactPerson),
    paragraph(labels.phone),
    value(report.header.phone),
    paragraph(labels.email),
    value(report.header.email),
    paragraph(withYear(formTemplate.followUpHeading, report.year)),
    ...report.focusAreas.flatMap((area) => [
      paragraph(focusAreaHeading(area.number)),
      ...area.questions.flatMap((question) => [paragraph(question.text, { bold: !controls }), value(question.answer)]),
    ]),
    paragraph(labels.otherInformation),
    value(report.otherInformation),
  ].join('');
  return buildDocx(documentXml(body));
}

/** Stores a report as the receiver does, from `organisation` (the sender key's). */
export async function storeInReceiver(store: SubmissionStore, report: Report, organisation: string): Promise<void> {
  const reportBytes = new TextEncoder().encode(JSON.stringify(report));
  const documentBytes = await renderDocx(report);
  const folder = await store.incomingFolder();
  await writeFile(join(folder, PART_FILES.report), reportBytes);
  await writeFile(join(folder, PART_FILES.document), documentBytes);
  const sha256 = (bytes: Uint8Array): Buffer => createHash('sha256').update(bytes).digest();
  await store.receive(
    {
      organisation,
      report: { id: report.id, committee: report.header.committee, period: report.period, year: report.year },
      parts: { folder, sha256: { report: sha256(reportBytes), document: sha256(documentBytes) } },
      idempotencyKey: `${report.id}-${report.updatedAt}`,
    },
    async () => undefined,
  );
}

export async function generateReceivedFolders(root: string, options: ReceivedFoldersOptions = {}): Promise<ReceivedFolders> {
  const period = options.period ?? { period: 'T2', year: 2026 };
  const notSentIndexes = new Set(options.notSent ?? [5, 17, 33]);
  const shapeOf = options.shapeOf ?? ((index: number) => SHAPES[index % SHAPES.length] ?? 'export');
  const receiverData = join(root, 'mottagare');
  const mailFolder = join(root, 'e-post');
  await mkdir(join(mailFolder, 'sparade'), { recursive: true });
  const store = await SubmissionStore.open(receiverData);
  const folders: ReceivedFolders = { receiverData, mailFolder, period, sent: new Map(), shapes: new Map(), notSent: [] };
  const toResave: { report: Report; path: string }[] = [];

  for (const [index, committee] of CITY_ORGANISATIONS.entries()) {
    const organisation = organisationName(committee);
    if (notSentIndexes.has(index)) {
      folders.notSent.push(organisation);
      continue;
    }
    const report = receivedReport(index, period, options);
    const shape = shapeOf(index);
    folders.sent.set(organisation, report);
    folders.shapes.set(organisation, shape);
    const docxName = suggestedDocxName(report);
    if (shape === 'receiver') await storeInReceiver(store, report, organisation);
    else if (shape === 'export') await writeFile(join(mailFolder, docxName), await renderDocx(report));
    else if (shape === 'template') await writeFile(join(mailFolder, 'sparade', `${organisation} ifylld mall.docx`), await templateForm(report, true));
    else if (shape === 'plain-form') await writeFile(join(mailFolder, `${organisation} utan innehållskontroller.docx`), await templateForm(report, false));
    else if (shape === 'email')
      await writeFile(join(mailFolder, docxName.replace(/\.docx$/, '.eml')), await composeEmail(report, await renderDocx(report), 'samordnare@stockholm.se'));
    else if (shape === 'report-file') await writeFile(join(mailFolder, suggestedDraftName(report)), JSON.stringify(report, null, 2));
    else {
      const path = join(root, 'att-spara-om', docxName);
      await mkdir(join(root, 'att-spara-om'), { recursive: true });
      await writeFile(path, await renderDocx(report));
      toResave.push({ report, path });
    }
  }
  // LibreOffice saves them all in one run, as a coordinator's colleague might have.
  if (toResave.length > 0) {
    const resaved = await convertWithLibreOffice(
      toResave.map(({ path }) => path),
      'docx:MS Word 2007 XML',
    );
    for (const { path } of toResave) {
      const bytes = resaved.get(path);
      if (bytes === undefined) throw new Error(`LibreOffice did not save ${path}`);
      await writeFile(join(mailFolder, 'sparade', basename(path).replace(/\.docx$/, ' (LibreOffice).docx')), bytes);
    }
  }
  return folders;
}
