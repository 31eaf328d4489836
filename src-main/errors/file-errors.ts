// The one place a failed file operation becomes what the user is told. The operating
// system's code decides what went wrong; the situation decides what to say: the app's own
// data (the text stays in the window and is saved when it can be), or a file the user chose
// to write (a Word export, a draft, a report file from the command line; the report itself is
// never touched by those).
import { basename, dirname } from 'node:path';
import { AppError, errnoCode, type AppErrorCode } from './app-error.ts';

type FileProblem = 'disk-full' | 'no-permission' | 'busy' | 'missing' | 'is-folder' | 'other';

const PROBLEM_BY_ERRNO: Record<string, FileProblem> = {
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EACCES: 'no-permission',
  EPERM: 'no-permission',
  EROFS: 'no-permission',
  EBUSY: 'busy',
  ENOENT: 'missing',
  ENOTDIR: 'missing',
  EISDIR: 'is-folder',
};

const CODE_BY_PROBLEM: Record<FileProblem, AppErrorCode> = {
  'disk-full': 'disk-full',
  'no-permission': 'no-permission',
  busy: 'no-permission',
  missing: 'not-found',
  'is-folder': 'invalid-request',
  other: 'unexpected',
};

function problemOf(error: unknown): FileProblem {
  return PROBLEM_BY_ERRNO[errnoCode(error) ?? ''] ?? 'other';
}

function detailOf(error: unknown): string {
  return errnoCode(error) ?? String(error);
}

/** A failure in the app's own data folder, while doing `action` ("att spara rapporten", "att läsa rapporten"). */
export function fileSystemError(error: unknown, action: string): AppError {
  const problem = problemOf(error);
  const kept = 'det du skrivit finns kvar och sparas när det går.';
  const messages: Record<FileProblem, string> = {
    'disk-full': `Disken är full, så det gick inte ${action}. Frigör utrymme på datorn; ${kept}`,
    'no-permission': `Appen saknar behörighet till sin mapp, så det gick inte ${action}. Kontakta IT; ${kept}`,
    busy: `Filen används av ett annat program, så det gick inte ${action}. Stäng programmet och försök igen.`,
    missing: `Filen eller mappen finns inte längre, så det gick inte ${action}.`,
    'is-folder': `En mapp står där en fil skulle vara, så det gick inte ${action}.`,
    other: `Ett oväntat fel inträffade, så det gick inte ${action} (${detailOf(error)}).`,
  };
  return new AppError(CODE_BY_PROBLEM[problem], messages[problem], { cause: error });
}

/**
 * A failure in the receiver's data folder while doing `action`, as its operator reads it in the
 * log: what happened to the submission (nothing was kept; the app sends it again by itself) and
 * what the operator can do.
 */
export function operatorFileError(error: unknown, action: string, dataFolder: string): AppError {
  const problem = problemOf(error);
  const retried = 'ingenting sparades, avsändaren fick 503 och skickar igen av sig själv.';
  const messages: Record<FileProblem, string> = {
    'disk-full': `Disken där datamappen ${dataFolder} ligger är full, så ${action} gick inte; ${retried} Frigör utrymme på disken.`,
    'no-permission': `Mottagaren får inte skriva i datamappen ${dataFolder}, så ${action} gick inte; ${retried} Ge kontot som kör mottagaren skrivrätt till mappen.`,
    busy: `En fil i datamappen ${dataFolder} hölls av ett annat program (ett antivirusprogram?), så ${action} gick inte; ${retried}`,
    missing: `Datamappen ${dataFolder} eller en mapp i den finns inte längre, så ${action} gick inte; ${retried} Kontrollera att datamappen inte har flyttats eller tagits bort.`,
    'is-folder': `En mapp står där en fil skulle vara i datamappen ${dataFolder}, så ${action} gick inte; ${retried}`,
    other: `Ett oväntat fel (${detailOf(error)}) inträffade i datamappen ${dataFolder}, så ${action} gick inte; ${retried}`,
  };
  return new AppError(CODE_BY_PROBLEM[problem], messages[problem], { cause: error });
}

/**
 * A failure writing a file the user chose (`what`: "Word-filen", "Rapportfilen"); `unchanged`
 * says what was not touched (nothing is said where no report was involved).
 */
export function outputFileError(error: unknown, outputPath: string, what = 'Word-filen', unchanged = 'Rapporten är oförändrad.'): AppError {
  const problem = problemOf(error);
  const file = basename(outputPath);
  const folder = dirname(outputPath);
  const messages: Record<FileProblem, string> = {
    // `what` opens the sentence: "Word-filen" keeps its capital W.
    'disk-full': `${what} ${file} kunde inte sparas: disken är full. Frigör utrymme eller välj en annan plats. ${unchanged}`,
    'no-permission': `${what} ${file} kunde inte sparas i ${folder}. Filen kan vara öppen i ett annat program (t.ex. Word), eller så är mappen skrivskyddad. Stäng filen eller välj en annan plats. ${unchanged}`,
    busy: `${what} ${file} kunde inte sparas i ${folder}. Filen kan vara öppen i ett annat program (t.ex. Word), eller så är mappen skrivskyddad. Stäng filen eller välj en annan plats. ${unchanged}`,
    missing: `Mappen ${folder} finns inte. Välj en annan plats. ${unchanged}`,
    'is-folder': `${outputPath} är en mapp. Ange ett filnamn. ${unchanged}`,
    other: `${what} ${file} kunde inte sparas (${detailOf(error)}). ${unchanged}`,
  };
  return new AppError(CODE_BY_PROBLEM[problem], messages[problem].trimEnd(), { cause: error });
}

/** A failure reading a file the user gave (to import, on the command line). */
export function inputFileError(error: unknown, inputPath: string): AppError {
  const problem = problemOf(error);
  if (problem === 'missing') return new AppError('not-found', `Filen ${inputPath} finns inte.`, { cause: error });
  if (problem === 'is-folder') return new AppError('invalid-request', `${inputPath} är en mapp, inte en fil.`, { cause: error });
  if (problem === 'no-permission' || problem === 'busy') {
    return new AppError('no-permission', `Filen ${inputPath} går inte att läsa: den saknar läsbehörighet eller används av ett annat program.`, {
      cause: error,
    });
  }
  return new AppError(CODE_BY_PROBLEM[problem], `Filen ${inputPath} kunde inte läsas (${detailOf(error)}).`, { cause: error });
}

export const NEWER_VERSION_MESSAGE =
  'Rapporten är sparad av en nyare version av appen. Den visas skrivskyddad och ändras inte här; uppdatera appen för att redigera den.';
