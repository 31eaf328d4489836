// How a report file becomes a typed report: the version is checked before the shape, so a
// file from a newer app is recognised rather than called damaged.
import { ZodError } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { readFileBounded } from '../files/read-bounded.ts';
import { describeInputIssue } from '../report/input-problems.ts';
import { limitProblem } from '../report/limits.ts';
import { migrateToCurrent } from '../report/migrations.ts';
import { CURRENT_SCHEMA_VERSION, reportSchema, type Report } from '../report/model.ts';
import { NewerVersionError } from './durable-json-file.ts';

/** A report as the store holds it: one from a newer version of the app is only shown. */
export interface StoredReport {
  report: Report;
  readOnly: boolean;
}

function declaredSchemaVersion(raw: unknown): unknown {
  return typeof raw === 'object' && raw !== null && 'schemaVersion' in raw ? raw.schemaVersion : undefined;
}

function isNewerVersion(version: unknown): version is number {
  return typeof version === 'number' && Number.isInteger(version) && version > CURRENT_SCHEMA_VERSION;
}

/** A report of this version (older ones migrated); throws NewerVersionError for a newer one. */
export function parseReportFile(raw: unknown): Report {
  const version = declaredSchemaVersion(raw);
  if (isNewerVersion(version)) throw new NewerVersionError(version);
  // With the input in each issue, the message can tell a missing field from a wrong one.
  const parsed = reportSchema.safeParse(migrateToCurrent(raw, CURRENT_SCHEMA_VERSION), { reportInput: true });
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}

/**
 * A file in the data folder. A newer file is shown read-only when the parts this version
 * knows still read; the newer fields are not shown and the file is never written.
 */
export function parseStoredReport(raw: unknown): StoredReport {
  const version = declaredSchemaVersion(raw);
  if (!isNewerVersion(version)) return { report: parseReportFile(raw), readOnly: false };
  const viewable = typeof raw === 'object' && raw !== null ? reportSchema.safeParse({ ...raw, schemaVersion: CURRENT_SCHEMA_VERSION }) : undefined;
  if (!viewable?.success) throw new NewerVersionError(version);
  return { report: viewable.data, readOnly: true };
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class ForbiddenKeyError extends Error {}

/**
 * A report file's text as a report, with a Swedish message for each way it can be wrong.
 * Keys that could reach an object's prototype are refused outright, wherever they are.
 */
export function parseReportText(text: string, source: string): Report {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''), (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key);
      return value;
    });
  } catch (error) {
    if (error instanceof RangeError) {
      throw new AppError('corrupt', `Filen ${source} är nästlad djupare än en rapportfil någonsin är, så den är ingen rapportfil. Den läses inte.`, {
        cause: error,
      });
    }
    if (error instanceof ForbiddenKeyError) {
      throw new AppError('corrupt', `Filen ${source} innehåller nyckeln "${error.message}", som en rapportfil aldrig har. Den läses inte.`, { cause: error });
    }
    throw new AppError('corrupt', `Filen ${source} är ingen rapportfil: den kan vara skadad eller avbruten mitt i sparandet.`, { cause: error });
  }
  const overLimit = limitProblem(raw);
  if (overLimit !== undefined) throw new AppError('invalid-request', overLimit);
  try {
    return parseReportFile(raw);
  } catch (error) {
    if (error instanceof NewerVersionError) {
      throw new AppError(
        'newer-version',
        `Filen ${source} är sparad av en nyare version av appen (filformat ${error.schemaVersion}). Uppdatera appen för att använda den.`,
        { cause: error },
      );
    }
    const issue = error instanceof ZodError ? error.issues[0] : undefined;
    throw new AppError('corrupt', `Filen ${source} är ingen giltig rapportfil: ${describeInputIssue(issue)}.`, { cause: error });
  }
}

/** Reads a report file given by the user (on the command line, or to import). Never writes. */
export async function loadReportFile(path: string): Promise<Report> {
  const bytes = await readFileBounded(path);
  return parseReportText(bytes.toString('utf8'), path);
}
