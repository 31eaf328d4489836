// How a report file on disk becomes a typed report: the version is checked before the shape,
// so a file from a newer app is recognised rather than called corrupt.
import { readFile, stat } from 'node:fs/promises';
import { ZodError } from 'zod';
import { AppError, fileSystemError, isErrno } from '../errors.ts';
import { migrateToCurrent } from '../report/migrations.ts';
import { CURRENT_SCHEMA_VERSION, reportSchema, type Report } from '../report/model.ts';
import { NewerVersionError } from './durable-json-file.ts';

function declaredSchemaVersion(raw: unknown): unknown {
  return typeof raw === 'object' && raw !== null && 'schemaVersion' in raw ? raw.schemaVersion : undefined;
}

export function parseReportFile(raw: unknown): Report {
  const version = declaredSchemaVersion(raw);
  if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_SCHEMA_VERSION) {
    throw new NewerVersionError(version);
  }
  return reportSchema.parse(migrateToCurrent(raw, CURRENT_SCHEMA_VERSION));
}

/**
 * A newer file is shown read-only when the parts this version knows still read; the
 * newer fields are not shown and the file is never written.
 */
export function readNewerReportForViewing(raw: unknown): Report | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const result = reportSchema.safeParse({ ...raw, schemaVersion: CURRENT_SCHEMA_VERSION });
  return result.success ? result.data : undefined;
}

const MAX_REPORT_FILE_BYTES = 50 * 1024 * 1024;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class ForbiddenKeyError extends Error {}

/**
 * A report file's text as a report, with a Swedish message for each way it can be wrong.
 * Keys that could reach an object's prototype are refused outright, wherever they are.
 */
export function parseReportText(text: string, source: string): Report {
  let raw: unknown;
  try {
    raw = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key);
      return value;
    });
  } catch (error) {
    if (error instanceof ForbiddenKeyError) {
      throw new AppError('corrupt', `Filen ${source} innehåller nyckeln "${error.message}", som en rapportfil aldrig har. Den läses inte.`, { cause: error });
    }
    throw new AppError('corrupt', `Filen ${source} är ingen rapportfil: den är inte giltig JSON (den kan vara trasig eller avbruten).`, { cause: error });
  }
  try {
    return parseReportFile(raw);
  } catch (error) {
    if (error instanceof NewerVersionError) {
      throw new AppError(
        'newer-version',
        `Filen ${source} är sparad av en nyare version av appen (schemaVersion ${error.schemaVersion}). Uppdatera appen för att använda den.`,
        { cause: error },
      );
    }
    const issue = error instanceof ZodError ? error.issues[0] : undefined;
    const where = issue && issue.path.length > 0 ? ` (fältet ${issue.path.join('.')})` : '';
    throw new AppError('corrupt', `Filen ${source} har inte en rapports innehåll${where}.`, { cause: error });
  }
}

/** Reads a report file given by the user (on the command line, or to import). Never writes. */
export async function loadReportFile(path: string): Promise<Report> {
  let text: string;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new AppError('invalid-request', `${path} är en mapp, inte en rapportfil.`);
    if (info.size > MAX_REPORT_FILE_BYTES)
      throw new AppError('invalid-request', `Filen ${path} är för stor för att vara en rapport (${Math.round(info.size / 1024 / 1024)} MB).`);
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (isErrno(error, 'ENOENT')) throw new AppError('not-found', `Filen ${path} finns inte.`, { cause: error });
    throw fileSystemError(error, `att läsa ${path}`);
  }
  return parseReportText(text, path);
}
