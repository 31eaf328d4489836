// The command line over the same services as the app:
//   npm run cli -- export <report.json> -o <out.docx>
// Messages are in Swedish, like the app's; a failure exits non-zero.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from './errors.ts';
import { exportReportToDocx } from './export/export-docx.ts';
import { withDocxExtension } from './export/file-name.ts';
import { loadReportFile } from './store/report-file.ts';

const USAGE = `Användning:
  npm run cli -- export <rapport.json> -o <utfil.docx>   skriv rapporten som Word-dokument`;

class UsageError extends Error {}

async function exportCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { output: { type: 'string', short: 'o' } }, allowPositionals: true });
  const [input, ...extra] = positionals;
  if (input === undefined || values.output === undefined || extra.length > 0) throw new UsageError('Ange en rapportfil och en utfil med -o.');
  const report = await loadReportFile(resolve(input));
  const result = await exportReportToDocx(report, resolve(withDocxExtension(values.output)));
  console.log(`Sparade ${result.path} (${Math.ceil(result.bytes / 1024)} kB).`);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'export') await exportCommand(rest);
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
