// The coordinator's folders at the end of T2 2026 for the "Sammanställning" tests: the 45
// organisations' reports in their mixed shapes (tests/support/received-folders.ts), plus what
// real folders also hold: a report whose "Nämnd" is on no list, a file that is no report at
// all, a note, and last period's report from one organisation that has not sent this time
// (the only place its contact person's address is known).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report } from '../../src-main/report/model.ts';
import { organisationName } from '../../src-main/report/organisation.ts';
import { answerTag, generateReceivedFolders, receivedReport, type ReceivedFolders, type ReceivedFoldersOptions } from '../support/received-folders.ts';

export const UNKNOWN_COMMITTEE = 'Nämnden för okända ting';
export const UNKNOWN_FILE = 'okänd nämnd.json';
export const BROKEN_FILE = 'trasig.docx';
const PERIOD = { period: 'T2', year: 2026 } as const;

/** The list's index of the organisation whose T1 report lies in the e-mail folder. */
const EARLIER_INDEX = 33;
/** The list's index of the organisation whose report came in under an unknown name. */
const UNKNOWN_INDEX = 17;

export interface CompilationFolders extends ReceivedFolders {
  /** The report sent under a name on no list: it is the one from UNKNOWN_INDEX, renamed. */
  unknownReport: Report;
  /** The organisation the unknown report is really from (not sent, as the folders stand). */
  unknownIsFrom: string;
  /** The organisation that sent only last period's report, and its contact's address. */
  earlier: { organisation: string; email: string };
}

/** A report from the organisation at `index`, with its committee and every answer's tag renamed. */
function renamed(index: number, committee: string): Report {
  const report = receivedReport(index, PERIOD);
  const from = organisationName(report.header.committee);
  return {
    ...report,
    id: '00000000-0000-4000-8000-999999999999',
    header: { ...report.header, committee: `${committee}: okända förvaltningen` },
    focusAreas: report.focusAreas.map((area) => ({
      ...area,
      questions: area.questions.map((question, index) => ({
        ...question,
        answer: question.answer.replace(answerTag(from, area.number, index), answerTag(committee, area.number, index)),
      })),
    })),
    otherInformation: `Övrigt från ${committee}.`,
  };
}

export async function writeCompilationFolders(root: string, options: ReceivedFoldersOptions = {}): Promise<CompilationFolders> {
  const folders = await generateReceivedFolders(root, { ...options, period: PERIOD });
  const unknownReport = renamed(UNKNOWN_INDEX, UNKNOWN_COMMITTEE);
  const earlierReport = receivedReport(EARLIER_INDEX, { period: 'T1', year: 2026 });
  await writeFile(join(folders.mailFolder, UNKNOWN_FILE), JSON.stringify(unknownReport, null, 2));
  await writeFile(join(folders.mailFolder, 'Familjebostäder T1 2026.json'), JSON.stringify(earlierReport, null, 2));
  await writeFile(join(folders.mailFolder, BROKEN_FILE), Buffer.from('Det här är ingen Word-fil.'));
  await writeFile(join(folders.mailFolder, 'läs mig.txt'), 'Rapporterna som kommit med e-post.');
  const unknownIsFrom = organisationName(receivedReport(UNKNOWN_INDEX, PERIOD).header.committee);
  const earlier = organisationName(earlierReport.header.committee);
  if (!folders.notSent.includes(unknownIsFrom) || !folders.notSent.includes(earlier))
    throw new Error('the generated folders no longer leave these organisations out');
  return { ...folders, unknownReport, unknownIsFrom, earlier: { organisation: earlier, email: earlierReport.header.email } };
}
