// "Importera": what a picked file holds, then the report made from it.
import { z } from 'zod';
import { call, copyName, uploadedBytes, uploadedFile, type CallHandlers } from '../calls/call-spec.ts';
import { periodSchema } from '../form/vocabulary-schemas.ts';
import { yearSchema } from '../report/model.ts';
import type { ImportPreview, ImportResult, ImportService } from './import-service.ts';

export const importCalls = {
  'import:inspect': call<ImportPreview>()(uploadedFile),
  'import:create': call<ImportResult>()(
    z
      .object({
        token: z.string().regex(/^[0-9a-f]{24}$/),
        period: periodSchema.optional(),
        year: yearSchema.optional(),
        startNext: z.boolean().optional(),
        copyName: copyName.optional(),
      })
      .strict(),
  ),
} as const;

export function importHandlers(imports: ImportService): CallHandlers<typeof importCalls> {
  return {
    'import:inspect': (file) => imports.inspect(file.fileName, uploadedBytes(file)),
    'import:create': (choice) => imports.create(choice),
  };
}
