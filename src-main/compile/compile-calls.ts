// Sammanställning's calls about the sources and what is made of them: the sources offered,
// a folder chosen, the reading, the compiled document, the reminder, the status as Excel.
import { z } from 'zod';
import { call, noInput, type CallHandlers } from '../calls/call-spec.ts';
import type { WrittenTable } from '../export/save-table.ts';
import { periodSchema } from '../form/vocabulary-schemas.ts';
import { yearSchema } from '../report/model.ts';
import type { CompilationScan } from './compilation-scan.ts';
import type { CompilationService, CompilationSources, CompiledFile, CompileRequest, WrittenReminder } from './compilation-service.ts';

/** The period and folders to compile from, and the organisations assigned by hand (as pairs: a file path is no object key). */
const compileRequestSchema = z
  .object({
    period: periodSchema,
    year: yearSchema,
    folders: z.array(z.string().max(4_096)).max(20),
    /** "Mottagaren" is read too. */
    receiver: z.boolean().optional(),
    assignments: z.array(z.object({ key: z.string().max(5_000), organisation: z.string().max(200) }).strict()).max(10_000),
  })
  .strict();

export const compileCalls = {
  'compile:sources': call<CompilationSources>()(noInput),
  'compile:choose-folder': call<string | null>()(noInput),
  'compile:scan': call<CompilationScan>()(compileRequestSchema),
  'compile:export': call<CompiledFile | null>()(compileRequestSchema),
  'compile:reminder': call<WrittenReminder | null>()(compileRequestSchema),
  'compile:export-status': call<WrittenTable | null>()(compileRequestSchema),
} as const;

/** The call's flat period and year as the service's period. */
function compileRequest({ period, year, folders, receiver, assignments }: z.output<typeof compileRequestSchema>): CompileRequest {
  return { period: { period, year }, folders, receiver, assignments };
}

export function compileHandlers(compilation: CompilationService): CallHandlers<typeof compileCalls> {
  return {
    'compile:sources': () => compilation.sources(),
    'compile:choose-folder': () => compilation.chooseFolder(),
    'compile:scan': (request) => compilation.scan(compileRequest(request)),
    'compile:export': (request) => compilation.compile(compileRequest(request)),
    'compile:reminder': (request) => compilation.reminder(compileRequest(request)),
    'compile:export-status': (request) => compilation.exportStatus(compileRequest(request)),
  };
}
