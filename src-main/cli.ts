// The command line, a door onto the same service functions as the app, with the same
// limits, the same document worker and the same Swedish messages:
//   npm run cli -- export <report.json> -o <out.docx>
//   npm run cli -- import <file.docx|report.json> -o <report.json> [--period T1|T2|VB] [--year ÅÅÅÅ]
// A failure exits 1 with a Swedish message; wrong usage exits 2.
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createWorkerDocumentRunner, type DocumentRunner } from './documents/document-runner.ts';
import { AppError, unexpectedErrorMessage } from './errors/app-error.ts';
import { exportReportFile, exportWordDocument } from './export/write-exports.ts';
import { inspectFile, reportFromInspected } from './import/inspect-file.ts';
import { readFileBounded } from './files/read-bounded.ts';
import { periodLabel } from './report/calendar.ts';
import { randomIds } from './report/ids.ts';
import { periodSchema, yearSchema } from './report/model.ts';
import { countQuestions } from './report/questions.ts';
import { loadReportFile } from './store/report-file.ts';

// The CLI is bundled beside the worker (dist/main/); `npm run cli` builds both first.
const DOCUMENT_WORKER = join(__dirname, 'document-worker.cjs');

const USAGE = `Användning:
  npm run cli -- export <rapport.json> -o <utfil.docx>   skriv rapporten som Word-dokument
  npm run cli -- import <fil.docx|rapport.json> -o <rapport.json> [--period T1|T2|VB] [--year ÅÅÅÅ]
                                                         läs ett ifyllt Word-formulär eller en rapportfil`;

class UsageError extends Error {}

const OUTPUT_OPTION = { output: { type: 'string', short: 'o' } } as const;

function inputAndOutput(positionals: string[], output: string | undefined): { input: string; output: string } {
  const [input, ...extra] = positionals;
  if (input === undefined || output === undefined || extra.length > 0) throw new UsageError('Ange en fil att läsa och en utfil med -o.');
  return { input: resolve(input), output: resolve(output) };
}

async function exportCommand(args: string[], runner: DocumentRunner): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: OUTPUT_OPTION, allowPositionals: true });
  const { input, output } = inputAndOutput(positionals, values.output);
  const report = await loadReportFile(input);
  const written = await exportWordDocument(report, output, runner);
  console.log(`Sparade ${written.path} (${Math.ceil(written.bytes / 1024)} kB).`);
}

async function importCommand(args: string[], runner: DocumentRunner): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { ...OUTPUT_OPTION, period: { type: 'string' }, year: { type: 'string' } },
    allowPositionals: true,
  });
  const { input, output } = inputAndOutput(positionals, values.output);
  const period = values.period === undefined ? undefined : periodSchema.safeParse(values.period.toUpperCase()).data;
  if (values.period !== undefined && period === undefined) throw new UsageError(`Okänd period: ${values.period} (T1, T2 eller VB).`);
  const year = values.year === undefined ? undefined : yearSchema.safeParse(Number(values.year)).data;
  if (values.year !== undefined && year === undefined) throw new UsageError(`Ogiltigt budgetår: ${values.year}.`);

  const inspected = await inspectFile(basename(input), await readFileBounded(input), runner, new Date());
  const report = reportFromInspected(inspected, { period, year }, new Date(), randomIds);
  if (inspected.kind === 'docx') {
    for (const text of inspected.found.unplaced) console.log(`Kunde inte placeras: ${text}`);
    if (inspected.found.year === undefined) console.log('Budgetåret hittades inte i dokumentet.');
  }
  const { path } = await exportReportFile(report, output);
  const committee = report.header.committee || '(nämnd saknas)';
  console.log(`Sparade ${path}: ${committee}, ${periodLabel(report)}, ${report.focusAreas.length} fokusområden, ${countQuestions(report.focusAreas)} frågor.`);
}

const COMMANDS: Record<string, (args: string[], runner: DocumentRunner) => Promise<void>> = {
  export: exportCommand,
  import: importCommand,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help') {
    console.log(USAGE);
    return 0;
  }
  const run = COMMANDS[command];
  const runner = createWorkerDocumentRunner(DOCUMENT_WORKER);
  try {
    if (run === undefined) throw new UsageError(`Okänt kommando: ${command}.`);
    await run(rest, runner);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      console.error(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    console.error(error instanceof AppError ? error.message : unexpectedErrorMessage(error));
    return 1;
  } finally {
    await runner.close();
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
