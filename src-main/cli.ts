// The command line, a door onto the same service functions as the app, with the same
// limits, the same document worker and the same Swedish messages:
//   npm run cli -- export <report.json> -o <out.docx>
//   npm run cli -- import <file.docx|report.json> -o <report.json> [--period T1|T2|VB] [--year ÅÅÅÅ]
//   npm run cli -- check <report.json>
//   npm run cli -- email <report.json> -o <out.eml> [--to <address>]
//   npm run cli -- compile <source>... --period T1|T2|VB --year ÅÅÅÅ -o <out.docx> [--deadline …] [--contacts …] [--status …] [--organisation <name>]...
//   npm run cli -- reminder <source>... --period T1|T2|VB --year ÅÅÅÅ --contacts <file> -o <out.eml> [--deadline …]
// A source is a folder or the receiver's address (https://…/inlamning); the coordinator key for
// the receiver comes from UPPFOLJNING_NYCKEL or the app's Inställningar, never an argument,
// where it would be left in the shell's history and the process list.
// A failure exits 1 with a Swedish message; wrong usage exits 2. `check` exits 1 when the
// report has anything to fix; `compile` exits 0 whenever it wrote the compilation.
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { additionProblem, organisationList } from './coordinator/organisation-list.ts';
import { outputProblem, uniqueFolders } from './compile/folder-paths.ts';
import { scanSources } from './compile/scan-sources.ts';
import type { ReceiverSource } from './compile/read-receiver-source.ts';
import { createNodeConnection } from './network/node-connection.ts';
import { defaultDataFolder, itDefaultsPath } from './settings/app-folders.ts';
import { SettingsService } from './settings/settings-service.ts';
import { scanAsText } from './compile/scan-text.ts';
import { toCompilation } from './compile/to-compilation.ts';
import { composeReminder } from './compile/compose-reminder.ts';
import { registerFromTable, reminderRecipients, type RegisterContact } from './coordinator/contact-register.ts';
import { statusTable } from './compile/status-table.ts';
import { parseArgsProblem } from './errors/parse-args-problem.ts';
import { AppError, unexpectedErrorMessage } from './errors/app-error.ts';
import { composeEmail } from './email/compose-email.ts';
import { outputFileError } from './errors/file-errors.ts';
import { withExtension } from './export/file-name.ts';
import { exportReportFile, exportWordDocument } from './export/write-exports.ts';
import { writeFileDurably } from './files/durable-write.ts';
import { inspectFile, reportFromInspected } from './import/inspect-file.ts';
import { readFileBounded } from './files/read-bounded.ts';
import { periodLabel, type PeriodOfYear } from './report/calendar.ts';
import { randomIds } from './report/ids.ts';
import { periodSchema } from './form/vocabulary-schemas.ts';
import { PERIOD_IDS } from './form/vocabulary.ts';
import { yearSchema } from './report/model.ts';
import { countQuestions } from './report/questions.ts';
import { needsAttention, reviewReport, type FindingSeverity } from './report/review.ts';
import { languageFindings } from './report/language-review.ts';
import { isEmailAddress, receiverUrlProblem } from './report/settings-rules.ts';
import { loadReportFile } from './store/report-file.ts';
import { createDocumentRunner, type DocumentRunner } from './services.ts';

// The CLI is bundled beside the worker (dist/main/); `npm run cli` builds both first.
const DOCUMENT_WORKER = join(__dirname, 'document-worker.cjs');

// The periods as the usage and the messages write them: T1|T2|VB.
const PERIOD_CHOICE = PERIOD_IDS.join('|');

const USAGE = `Användning:
  npm run cli -- export <rapport.json> -o <utfil.docx>   skriv rapporten som Word-dokument
  npm run cli -- import <fil.docx|rapport.json> -o <rapport.json> [--period ${PERIOD_CHOICE}] [--year ÅÅÅÅ]
                                                         läs ett ifyllt Word-formulär eller en rapportfil
  npm run cli -- check <rapport.json>                    granska rapporten: det som bör åtgärdas före inskick
  npm run cli -- email <rapport.json> -o <utfil.eml> [--to <adress>]
                                                         skriv ett e-postutkast med Word-filen bifogad
  npm run cli -- compile <källa>... --period ${PERIOD_CHOICE} --year ÅÅÅÅ -o <utfil.docx>
                 [--deadline ÅÅÅÅ-MM-DD] [--contacts <fil.xlsx|fil.csv>] [--status <utfil.xlsx>] [--organisation <namn>]...
                                                         sammanställ periodens rapporter i källorna;
                                                         --status skriver tabellen över vem som skickat som Excel-fil;
                                                         --organisation lägger till en organisation utöver stadens lista
  npm run cli -- reminder <källa>... --period ${PERIOD_CHOICE} --year ÅÅÅÅ --contacts <fil.xlsx|fil.csv> -o <utfil.eml>
                 [--deadline ÅÅÅÅ-MM-DD] [--organisation <namn>]...
                                                         skriv en påminnelse till dem som inte har skickat, i Bcc

  En källa är en mapp (och mapparna under den) eller mottagarens adress, https://…/inlamning.
  Samordnarnyckeln för mottagaren läses ur miljövariabeln UPPFOLJNING_NYCKEL, annars ur appens
  Inställningar (--data <mapp> om appen har sina data någon annanstans).`;

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

  const inspected = await inspectFile(basename(input), await readFileBounded(input), runner);
  if (inspected.kind === 'docx') {
    const { statedPeriod, year: yearInText } = inspected.found;
    if (statedPeriod) console.log(`Enligt dokumentet gäller rapporten ${periodLabel(statedPeriod)}.`);
    else if (period === undefined || (year ?? yearInText) === undefined) {
      throw new UsageError(
        `Word-mallen har ingen plats för perioden, så dokumentet säger inte vilken period det gäller. Ange perioden med --period ${PERIOD_CHOICE}${yearInText === undefined ? ' och budgetåret med --year' : ''}.`,
      );
    }
    for (const text of inspected.found.unplaced) console.log(`Kunde inte placeras: ${text}`);
  }
  const report = reportFromInspected(inspected, { period, year }, new Date(), randomIds);
  const { path } = await exportReportFile(report, output);
  const committee = report.header.committee || '(nämnd saknas)';
  console.log(`Sparade ${path}: ${committee}, ${periodLabel(report)}, ${report.focusAreas.length} fokusområden, ${countQuestions(report.focusAreas)} frågor.`);
}

const SEVERITY_PREFIX: Record<FindingSeverity, string> = {
  'blocks-sending': 'Krävs för inskick',
  fix: 'Åtgärda',
  warning: 'Kontrollera',
};

/** Prints the review's findings; the exit code says whether anything is left to fix. */
async function checkCommand(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
  const [input, ...extra] = positionals;
  if (input === undefined || extra.length > 0) throw new UsageError('Ange en rapportfil att granska.');
  const report = await loadReportFile(resolve(input));
  // The form's findings, then the plain-Swedish hints, as the app's Granska shows them.
  const findings = [...reviewReport(report), ...languageFindings(report)];
  for (const finding of findings) console.log(`${SEVERITY_PREFIX[finding.severity]}: ${finding.message}`);
  if (findings.length === 0) console.log('Inget att åtgärda.');
  return needsAttention(findings) ? 1 : 0;
}

async function emailCommand(args: string[], runner: DocumentRunner): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { ...OUTPUT_OPTION, to: { type: 'string' } }, allowPositionals: true });
  const { input, output } = inputAndOutput(positionals, values.output);
  if (values.to !== undefined && !isEmailAddress(values.to)) throw new UsageError(`"${values.to}" är ingen e-postadress.`);
  const report = await loadReportFile(input);
  const message = await composeEmail(report, await runner.run('render-report', { report }), values.to);
  const path = withExtension(output, '.eml');
  try {
    await writeFileDurably(path, message, 'document');
  } catch (error) {
    throw outputFileError(error, path, 'E-postfilen');
  }
  console.log(`Sparade ${path} (${Math.ceil(message.length / 1024)} kB).`);
}

/** The period and budget year from --period and --year; neither is ever guessed. */
function chosenPeriod(values: { period?: string | undefined; year?: string | undefined }, why: string): PeriodOfYear {
  const period = periodSchema.safeParse(values.period?.toUpperCase()).data;
  const year = /^\d{4}$/.test(values.year ?? '') ? yearSchema.safeParse(Number(values.year)).data : undefined;
  if (period === undefined || year === undefined) {
    const missing = [
      period === undefined ? `perioden med --period ${PERIOD_CHOICE}${values.period === undefined ? '' : ` (inte "${values.period}")`}` : '',
      year === undefined ? `budgetåret med --year, ett år 2000–2100${values.year === undefined ? '' : ` (inte "${values.year}")`}` : '',
    ]
      .filter((part) => part !== '')
      .join(' och ');
    throw new UsageError(`Ange ${missing}. ${why}`);
  }
  return { period, year };
}

const SOURCE_OPTIONS = {
  period: { type: 'string' },
  year: { type: 'string' },
  deadline: { type: 'string' },
  contacts: { type: 'string' },
  organisation: { type: 'string', multiple: true },
  data: { type: 'string' },
} as const;

type SourceValues = { [Name in keyof typeof SOURCE_OPTIONS]?: Name extends 'organisation' ? string[] : string };

/** --deadline as a date; a wrong one is named, never guessed. */
function chosenDeadline(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`)) || new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) !== text) {
    throw new UsageError(`--deadline "${text}" är inget datum. Ange sista dagen som ÅÅÅÅ-MM-DD, t.ex. 2026-09-15.`);
  }
  return text;
}

const KEY_VARIABLE = 'UPPFOLJNING_NYCKEL';

/** The receiver, where a source is its address: the key from the environment or Inställningar, the CA file from Inställningar. */
async function receiverSource(addresses: readonly string[], dataFolder: string | undefined): Promise<ReceiverSource | undefined> {
  const [url, ...more] = addresses;
  if (url === undefined) return undefined;
  if (more.length > 0) throw new UsageError('Ange högst en mottagaradress.');
  const urlProblem = receiverUrlProblem(url);
  if (urlProblem !== undefined) throw new UsageError(`${url}: ${urlProblem}`);
  const settings = await new SettingsService(resolve(dataFolder ?? defaultDataFolder()), itDefaultsPath()).get();
  // An empty variable counts as none, as an empty field under Inställningar does.
  const key = [process.env[KEY_VARIABLE], settings.effective.coordinatorKey].map((value) => value?.trim() ?? '').find((value) => value !== '');
  if (key === undefined) {
    for (const notice of settings.notices) console.error(notice);
    throw new AppError(
      'invalid-request',
      `Mottagaren kräver en samordnarnyckel. Ange den i miljövariabeln ${KEY_VARIABLE}, eller under Inställningar i appen.`,
    );
  }
  const { receiverCaFile } = settings.effective;
  return { url, key, connection: createNodeConnection({ caFile: async () => receiverCaFile }) };
}

/** The sources read for the period, with the list, the deadline and the register as the options say. */
async function readSources(positionals: string[], values: SourceValues, output: string, runner: DocumentRunner) {
  const isAddress = (source: string): boolean => /^https?:\/\//i.test(source.trim());
  const folders = uniqueFolders(positionals.filter((source) => !isAddress(source)));
  const problem = await outputProblem(output, folders);
  if (problem !== undefined) throw new UsageError(problem);
  const period = chosenPeriod(values, 'Perioden och budgetåret avgör vilka rapporter som räknas, och Word-mallen säger inte vilken period den gäller.');
  const deadline = chosenDeadline(values.deadline);
  const added = values.organisation ?? [];
  added.forEach((name, index) => {
    const addition = additionProblem(name, organisationList(added.slice(0, index)), Number.POSITIVE_INFINITY);
    if (addition !== undefined) throw new UsageError(`--organisation "${name}": ${addition}`);
  });
  const organisations = organisationList(added);
  let register: RegisterContact[] = [];
  if (values.contacts !== undefined) {
    const path = resolve(values.contacts);
    const rows = await runner.run('read-table', { name: basename(path), bytes: await readFileBounded(path) });
    const read = registerFromTable(
      rows,
      organisations.map(({ name }) => name),
    );
    if (read.problem !== undefined) throw new AppError('invalid-request', `${path}: ${read.problem}`);
    register = read.contacts;
    for (const row of read.unmatched) console.log(`Rad ${row.row} i ${basename(path)} användes inte: ${row.reason}`);
  }
  const receiver = await receiverSource(
    positionals.filter(isAddress).map((source) => source.trim()),
    values.data,
  );
  try {
    const { outcome } = await scanSources({ folders, receiver }, { period, organisations, assignments: new Map(), now: new Date(), deadline }, runner);
    for (const line of scanAsText(outcome.scan)) console.log(line);
    return { outcome, period, register };
  } finally {
    await receiver?.connection.close();
  }
}

async function compileCommand(args: string[], runner: DocumentRunner): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { ...OUTPUT_OPTION, ...SOURCE_OPTIONS, status: { type: 'string' } }, allowPositionals: true });
  if (positionals.length === 0 || values.output === undefined || values.output.trim() === '')
    throw new UsageError('Ange minst en källa (en mapp eller mottagarens adress) och en utfil med -o.');
  const output = withExtension(resolve(values.output), '.docx');
  const status = values.status === undefined ? undefined : withExtension(resolve(values.status), '.xlsx');
  const { outcome, register } = await readSources(positionals, values, output, runner);
  const { path, bytes } = await runner.run('write-compilation', { compilation: toCompilation(outcome, new Date()), outputPath: output });
  console.log(`\nSparade ${path} (${Math.ceil(bytes / 1024)} kB).`);
  if (status !== undefined) {
    const written = await runner.run('write-table', { table: statusTable(outcome.scan, register), outputPath: status });
    console.log(`Sparade ${written.path} (${Math.ceil(written.bytes / 1024)} kB).`);
  }
}

async function reminderCommand(args: string[], runner: DocumentRunner): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { ...OUTPUT_OPTION, ...SOURCE_OPTIONS }, allowPositionals: true });
  if (positionals.length === 0 || values.output === undefined || values.output.trim() === '')
    throw new UsageError('Ange minst en källa (en mapp eller mottagarens adress) och en utfil med -o.');
  if (values.contacts === undefined) throw new UsageError('Ange kontaktpersonerna med --contacts <fil.xlsx|fil.csv>: påminnelsen går till dem.');
  const output = withExtension(resolve(values.output), '.eml');
  const { outcome, period, register } = await readSources(positionals, values, output, runner);
  const missing = outcome.scan.organisations.filter((organisation) => organisation.counted === undefined).map((organisation) => organisation.name);
  if (missing.length === 0) {
    console.log(`\nAlla har skickat för ${periodLabel(period)}: ingen påminnelse behövs.`);
    return 0;
  }
  const recipients = reminderRecipients(missing, register);
  const message = await composeReminder({ period, deadline: outcome.scan.deadline, recipients }, new Date());
  try {
    await writeFileDurably(output, message, 'document');
  } catch (error) {
    throw outputFileError(error, output, 'E-postfilen', '');
  }
  console.log(`\nSparade ${output}: ${recipients.length} mottagare i Bcc.`);
  const withoutAddress = missing.filter((organisation) => !recipients.some((recipient) => recipient.organisation === organisation));
  if (withoutAddress.length > 0) console.log(`Utan e-postadress i kontaktlistan, nå dem på annat sätt: ${withoutAddress.join(', ')}.`);
  return 0;
}

const COMMANDS: Record<string, (args: string[], runner: DocumentRunner) => Promise<number | void>> = {
  export: exportCommand,
  import: importCommand,
  check: checkCommand,
  email: emailCommand,
  compile: compileCommand,
  reminder: reminderCommand,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help') {
    console.log(USAGE);
    return 0;
  }
  const run = COMMANDS[command];
  const runner = createDocumentRunner(DOCUMENT_WORKER);
  try {
    if (run === undefined) throw new UsageError(`Okänt kommando: ${command}.`);
    return (await run(rest, runner)) ?? 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    const argumentsProblem = parseArgsProblem(error);
    if (argumentsProblem !== undefined) {
      console.error(`${argumentsProblem}\n\n${USAGE}`);
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
