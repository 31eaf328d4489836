// The receiver's command line:
//   npm run receiver -- --data <mapp> --port <port> [--host 127.0.0.1] [--without-keys] [--tls-cert <fil> --tls-key <fil>] [--trust-proxy <adresser>]
//   npm run receiver -- add-sender "<organisation>" --data <mapp>
//   npm run receiver -- add-coordinator "<namn>" --data <mapp>
// Serving prints the submission address as the first line on stdout (tests and scripts read
// it) and everything else on stderr. add-sender prints one line saying what the key is, then
// the key alone on the last line. Wrong usage exits 2, a failure 1, each with Swedish text.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError, errnoCode, unexpectedErrorMessage } from '../errors/app-error.ts';
import { fileSystemError } from '../errors/file-errors.ts';
import { parseArgsProblem } from '../errors/parse-args-problem.ts';
import { readFileBounded } from '../files/read-bounded.ts';
import { CITY_ORGANISATIONS } from '../report/organisation.ts';
import { sameOrganisation } from '../report/organisation.ts';
import { addCoordinator, addSender } from './senders.ts';
import { startReceiver } from './server.ts';

// Bundled beside the worker (dist/main/); `npm run receiver` builds both first.
const DOCUMENT_WORKER = join(__dirname, 'document-worker.cjs');

const USAGE = `Användning:
  npm run receiver -- --data <mapp> --port <port> [--host 127.0.0.1] [--without-keys] [--tls-cert <fil> --tls-key <fil>] [--trust-proxy <adresser>]
      tar emot inlämningar på http://<värd>:<port>/inlamning (https med --tls-cert och --tls-key);
      --trust-proxy: stadens omvända proxy framför mottagaren (adresser eller nät, kommaseparerade),
      vars X-Forwarded-For räknas som avsändarens adress
  npm run receiver -- add-sender "<organisation>" --data <mapp>
      skapar en avsändarnyckel för organisationen och visar den en gång
  npm run receiver -- add-coordinator "<namn>" --data <mapp>
      skapar en samordnarnyckel, som läser inlämningarna (GET /inlamningar), och visar den en gång`;

const MAX_TLS_FILE_BYTES = 1024 * 1024;

class UsageError extends Error {}

const OPTIONS = {
  data: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  'without-keys': { type: 'boolean' },
  'tls-cert': { type: 'string' },
  'tls-key': { type: 'string' },
  'trust-proxy': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function requireData(values: Values): string {
  if (values.data === undefined || values.data === '') throw new UsageError('Ange datamappen med --data <mapp>.');
  return resolve(values.data);
}

function portOf(text: string | undefined): number {
  if (text === undefined) throw new UsageError('Ange porten med --port <port> (0 väljer en ledig port).');
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new UsageError(`Ogiltig port: ${text}.`);
  return port;
}

async function addSenderCommand(organisation: string | undefined, values: Values): Promise<void> {
  if (organisation === undefined || organisation.trim() === '') throw new UsageError('Ange organisationens namn: add-sender "<organisation>".');
  const others = (['port', 'host', 'without-keys', 'tls-cert', 'tls-key', 'trust-proxy'] as const).filter((name) => values[name] !== undefined);
  if (others.length > 0) throw new UsageError(`add-sender tar bara --data (inte --${others.join(', --')}).`);
  const dataFolder = requireData(values);
  const added = await addSender(dataFolder, organisation, new Date());
  if (!CITY_ORGANISATIONS.some((committee) => sameOrganisation(committee, added.organisation))) {
    console.error(
      `Obs: ${added.organisation} finns inte bland stadens nämnder i formuläret. Kontrollera stavningen; rapportens fält Nämnd måste ange samma organisation.`,
    );
  }
  console.log(`Avsändarnyckel för ${added.organisation}. Den visas bara nu och sparas inte i klartext; lämna den till organisationen på ett säkert sätt:`);
  console.log(added.key);
}

async function addCoordinatorCommand(name: string | undefined, values: Values): Promise<void> {
  if (name === undefined || name.trim() === '') throw new UsageError('Ange samordnarens namn: add-coordinator "<namn>".');
  const others = (['port', 'host', 'without-keys', 'tls-cert', 'tls-key', 'trust-proxy'] as const).filter((option) => values[option] !== undefined);
  if (others.length > 0) throw new UsageError(`add-coordinator tar bara --data (inte --${others.join(', --')}).`);
  const added = await addCoordinator(requireData(values), name, new Date());
  console.log(`Samordnarnyckel för ${added.name}: den läser inlämningarna men skickar inte in. Den visas bara nu och sparas inte i klartext:`);
  console.log(added.key);
}

async function readTls(values: Values): Promise<{ cert: Buffer; key: Buffer } | undefined> {
  const certPath = values['tls-cert'];
  const keyPath = values['tls-key'];
  if (certPath === undefined && keyPath === undefined) return undefined;
  if (certPath === undefined || keyPath === undefined) throw new UsageError('Ange både --tls-cert och --tls-key, eller ingen av dem.');
  return { cert: await readFileBounded(resolve(certPath), MAX_TLS_FILE_BYTES), key: await readFileBounded(resolve(keyPath), MAX_TLS_FILE_BYTES) };
}

/** A Swedish sentence for what can go wrong while starting to serve. */
function startFailure(error: unknown, dataFolder: string, host: string, port: number): string {
  if (error instanceof AppError) return error.message;
  const code = errnoCode(error) ?? '';
  if (code === 'EADDRINUSE') return `Port ${port} på ${host} används redan av ett annat program. Välj en annan port.`;
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return `Adressen ${host} finns inte på den här datorn. Ange en annan med --host.`;
  if (code === 'EACCES' && error instanceof Error && 'syscall' in error && error.syscall === 'listen') {
    return `Port ${port} får inte användas av det här kontot (portar under 1024 kräver särskild behörighet). Välj en annan port.`;
  }
  if (code.startsWith('ERR_OSSL') || code.startsWith('ERR_SSL'))
    return `Certifikatet eller nyckeln för TLS kunde inte användas (${code}). Kontrollera att båda är i PEM-format och hör ihop.`;
  if (code !== '' && !code.startsWith('ERR_')) return fileSystemError(error, `att öppna datamappen ${dataFolder}`).message;
  return unexpectedErrorMessage(error);
}

async function serveCommand(values: Values): Promise<void> {
  const dataFolder = requireData(values);
  const port = portOf(values.port);
  const host = values.host ?? '127.0.0.1';
  const requireKeys = values['without-keys'] !== true;
  const tls = await readTls(values);
  let receiver;
  try {
    const trustProxy = values['trust-proxy']
      ?.split(',')
      .map((address) => address.trim())
      .filter(Boolean);
    receiver = await startReceiver({ dataFolder, port, host, requireKeys, documentWorkerPath: DOCUMENT_WORKER, tls, ...(trustProxy ? { trustProxy } : {}) });
  } catch (error) {
    throw new AppError('unexpected', startFailure(error, dataFolder, host, port), { cause: error });
  }
  const stop = (): void => {
    console.error('Stänger mottagaren; inlämningar som sparas just nu sparas klart.');
    receiver.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(unexpectedErrorMessage(error));
        process.exit(1);
      },
    );
  };
  // Before the address is printed: whoever reads it may stop the receiver at once.
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.stdout.write(`${receiver.url}\n`);
  // The log (JSON lines on stderr) says where it receives; the terminal also how to stop it.
  console.error('Avsluta med Ctrl+C.');
}

async function main(argv: string[]): Promise<number | undefined> {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    if (values.help === true) {
      console.log(USAGE);
      return 0;
    }
    const [command, ...rest] = positionals;
    if (command === 'add-sender') {
      if (rest.length > 1) throw new UsageError('Ange organisationens namn inom citattecken: add-sender "<organisation>".');
      await addSenderCommand(rest[0], values);
      return 0;
    }
    if (command === 'add-coordinator') {
      if (rest.length > 1) throw new UsageError('Ange samordnarens namn inom citattecken: add-coordinator "<namn>".');
      await addCoordinatorCommand(rest[0], values);
      return 0;
    }
    if (command !== undefined) throw new UsageError(`Okänt kommando: ${command}.`);
    await serveCommand(values);
    // Serving until SIGINT or SIGTERM.
    return undefined;
  } catch (error) {
    const usageProblem = error instanceof UsageError ? error.message : parseArgsProblem(error);
    if (usageProblem !== undefined) {
      console.error(`${usageProblem}\n\n${USAGE}`);
      return 2;
    }
    console.error(error instanceof AppError ? error.message : unexpectedErrorMessage(error));
    return 1;
  }
}

void main(process.argv.slice(2)).then((code) => {
  if (code !== undefined) process.exitCode = code;
});
