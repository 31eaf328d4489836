// Mina rapporter's calls: the list, opening, creating and saving a report, its copies, the trash.
import { z } from 'zod';
import { byReportId, call, copyName, done, noInput, type CallHandlers } from '../calls/call-spec.ts';
import type { QuestionSet } from '../form/form-set.ts';
import { periodSchema } from '../form/vocabulary-schemas.ts';
import type { NewReportRequest } from '../report/create.ts';
import { reportIdSchema, reportSchema, yearSchema, type Report } from '../report/model.ts';
import type { OpenedReport, ReportListing, ReportSummary } from '../report/summary.ts';
import type { ReportStore } from './report-store.ts';

export const reportCalls = {
  'reports:list': call<ReportListing>()(noInput),
  'reports:open': call<OpenedReport>()(byReportId),
  'reports:create': call<Report>()(
    z
      .object({
        committee: z.string().max(2_000),
        period: periodSchema,
        year: yearSchema,
        questionSetId: z.string().max(100).optional(),
        copyName: copyName.optional(),
      })
      .strict(),
  ),
  /** The question sets a new report may start from. */
  'question-sets:list': call<QuestionSet[]>()(noInput),
  'reports:save': call<{ savedAt: string }>()(z.object({ report: reportSchema }).strict()),
  'reports:duplicate': call<Report>()(z.object({ id: reportIdSchema, copyName: copyName.min(1) }).strict()),
  'reports:carry-over': call<Report>()(z.object({ id: reportIdSchema, copyName: copyName.optional() }).strict()),
  'reports:trash': call<null>()(byReportId),
  'trash:list': call<ReportSummary[]>()(noInput),
  'trash:restore': call<null>()(byReportId),
} as const;

/** `contactDefaults`: the header a new report starts with where its request leaves a field empty (Inställningar's). */
export function reportHandlers(store: ReportStore, contactDefaults: () => Promise<NewReportRequest['contactDefaults']>): CallHandlers<typeof reportCalls> {
  return {
    'reports:list': () => store.list(),
    'reports:open': ({ id }) => store.open(id),
    'reports:create': async (request) => store.create({ ...request, contactDefaults: await contactDefaults() }),
    'question-sets:list': () => Promise.resolve([...store.questionSets]),
    'reports:save': ({ report }) => store.save(report),
    'reports:duplicate': ({ id, copyName }) => store.duplicate(id, copyName),
    'reports:carry-over': ({ id, copyName }) => store.carryOver(id, copyName),
    'reports:trash': ({ id }) => done(store.moveToTrash(id)),
    'trash:list': () => store.listTrash(),
    'trash:restore': ({ id }) => done(store.restoreFromTrash(id)),
  };
}
