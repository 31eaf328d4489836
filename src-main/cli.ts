// The command line over the same services as the app:
//   npm run cli -- export <report.json> -o <out.docx>
//   npm run cli -- import <file.docx|report.json> -o <report.json>
// Messages are in Swedish, like the app's; a failure exits non-zero.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError, fileSystemError } from './errors.ts';
import { exportWriteError } from './export/export-errors.ts';
import { exportReportToDocx } from './export/export-docx.ts';
import { withDocxExtension } from './export/file-name.ts';
import { foundFormToReport } from './import/found-form-to-report.ts';
import { suggestedSourcePeriod } from './import/import-service.ts';
import { checkImportSize, readDocxForm } from './import/read-docx.ts';
import { randomIds } from './report/create.ts';
import { periodSchema, yearSchema, type Report } from './report/model.ts';
import { writeFileDurably } from './store/durable-write.ts';
import { loadReportFile, parseReportText } from './store/report-file.ts';

const USAGE = `Användning:
  npm run cli -- export <rapport.json> -o <utfil.docx>   skriv rapporten som Word-dokument
  npm run cli -- import <fil.docx|rapport.json> -o <rapport.json> [--period T1|T2|VB] [--year ÅÅÅÅ]
                                                         läs ett ifyllt Word-formulär eller en rapportfil`;

class UsageError extends Error {}

async function exportCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { output: { type: 'string', short: 'o' } }, allowPositionals: true });
  const [input, ...extra] = positionals;
  if (input === undefined || values.output === undefined || extra.length > 0) throw new UsageError('Ange en rapportfil och en utfil med -o.');
  const report = await loadReportFile(resolve(input));
  const result = await exportReportToDocx(report, resolve(withDocxExtension(values.output)));
  console.log(`Sparade ${result.path} (${Math.ceil(result.bytes / 1024)} kB).`);
}

async function importCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { output: { type: 'string', short: 'o' }, period: { type: 'string' }, year: { type: 'string' } },
    allowPositionals: true,
  });
  const [input, ...extra] = positionals;
  if (input === undefined || values.output === undefined || extra.length > 0) throw new UsageError('Ange en fil att läsa och en utfil med -o.');
  const period = values.period === undefined ? undefined : periodSchema.safeParse(values.period.toUpperCase()).data;
  if (values.period !== undefined && period === undefined) throw new UsageError(`Okänd period: ${values.period} (T1, T2 eller VB).`);
  const year = values.year === undefined ? undefined : yearSchema.safeParse(Number(values.year)).data;
  if (values.year !== undefined && year === undefined) throw new UsageError(`Ogiltigt budgetår: ${values.year}.`);

  const bytes = await readInputFile(resolve(input));
  let report: Report;
  if (/\.json$/i.test(input)) {
    report = parseReportText(bytes.toString('utf8'), input);
  } else {
    const found = readDocxForm(bytes);
    const suggested = suggestedSourcePeriod(found.year, new Date());
    report = foundFormToReport(found, { period: period ?? suggested.period, year: year ?? found.year ?? suggested.year }, new Date(), randomIds);
    for (const text of found.unplaced) console.log(`Kunde inte placeras: ${text}`);
    if (found.year === undefined) console.log('Budgetåret hittades inte i dokumentet.');
  }
  const output = resolve(values.output);
  try {
    await writeFileDurably(output, `${JSON.stringify(report, null, 2)}\n`, { keepPrevious: false });
  } catch (error) {
    throw exportWriteError(error, output);
  }
  const questions = report.focusAreas.reduce((sum, area) => sum + area.questions.length, 0);
  console.log(
    `Sparade ${output}: ${report.header.committee || '(nämnd saknas)'}, ${report.period} ${report.year}, ${report.focusAreas.length} fokusområden, ${questions} frågor.`,
  );
}

async function readInputFile(path: string): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new AppError('invalid-request', `${path} är en mapp, inte en fil.`);
    checkImportSize({ length: info.size } as Uint8Array);
    return await readFile(path);
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as { code?: string }).code === 'ENOENT') throw new AppError('not-found', `Filen ${path} finns inte.`);
    throw fileSystemError(error, `att läsa ${path}`);
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'export') await exportCommand(rest);
    else if (command === 'import') await importCommand(rest);
    else if (command === undefined || command === 'help' || command === '--help') console.log(USAGE);
    else throw new UsageError(`Okänt kommando: ${command}.`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      console.error(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    console.error(error instanceof AppError ? error.message : `Ett oväntat fel inträffade: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
