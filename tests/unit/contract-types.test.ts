// Pins the shape of the renderer's API: a change to a call's name, input or result type
// fails the type check (npm run typecheck) before it can drift between main and renderer.
import { describe, expectTypeOf, test } from 'vitest';
import type { CompilationScan } from '../../src-main/compile/compilation-scan.ts';
import type { Api, BridgeApi, Envelope } from '../../src-main/ipc/contract.ts';
import type { OutboxItem } from '../../src-main/outbox/outbox-entry.ts';
import type { Report } from '../../src-main/report/model.ts';
import type { OpenedReport, ReportListing, ReportSummary } from '../../src-main/report/summary.ts';

describe('the IPC contract', () => {
  test('each call has the input and result the renderer relies on', () => {
    expectTypeOf<Api['reports:list']>().toEqualTypeOf<(input: Record<string, never>) => Promise<ReportListing>>();
    expectTypeOf<Api['reports:open']>().toEqualTypeOf<(input: { id: string }) => Promise<OpenedReport>>();
    expectTypeOf<Api['reports:save']>().parameter(0).toHaveProperty('report');
    expectTypeOf<Api['reports:save']>().returns.toEqualTypeOf<Promise<{ savedAt: string }>>();
    expectTypeOf<Api['reports:create']>().returns.toEqualTypeOf<Promise<Report>>();
    expectTypeOf<Api['reports:duplicate']>().returns.toEqualTypeOf<Promise<Report>>();
    expectTypeOf<Api['reports:trash']>().returns.toEqualTypeOf<Promise<null>>();
    expectTypeOf<Api['trash:list']>().returns.toEqualTypeOf<Promise<ReportSummary[]>>();
    expectTypeOf<Api['trash:restore']>().returns.toEqualTypeOf<Promise<null>>();
    expectTypeOf<Api['compile:scan']>().returns.toEqualTypeOf<Promise<CompilationScan>>();
    expectTypeOf<Api['compile:scan']>().parameter(0).toEqualTypeOf<{
      period: 'T1' | 'T2' | 'VB';
      year: number;
      folders: string[];
      receiver?: boolean | undefined;
      assignments: { key: string; organisation: string }[];
    }>();
    expectTypeOf<keyof Api>().toEqualTypeOf<
      | 'reports:list'
      | 'reports:open'
      | 'reports:create'
      | 'question-sets:list'
      | 'reports:save'
      | 'reports:duplicate'
      | 'reports:carry-over'
      | 'reports:trash'
      | 'trash:list'
      | 'trash:restore'
      | 'export:docx'
      | 'export:prepare'
      | 'export:open'
      | 'export:reveal'
      | 'drafts:export'
      | 'import:inspect'
      | 'import:create'
      | 'settings:get'
      | 'settings:contact-defaults'
      | 'settings:save'
      | 'settings:test-connection'
      | 'outbox:submit'
      | 'outbox:list'
      | 'outbox:retry'
      | 'outbox:retry-all'
      | 'outbox:withdraw'
      | 'email:compose'
      | 'coordinator:overview'
      | 'coordinator:add-organisation'
      | 'coordinator:remove-organisation'
      | 'coordinator:set-deadline'
      | 'coordinator:save-contact'
      | 'coordinator:keep-contact'
      | 'coordinator:import-contacts'
      | 'coordinator:export-contacts'
      | 'compile:sources'
      | 'compile:choose-folder'
      | 'compile:scan'
      | 'compile:export'
      | 'compile:reminder'
      | 'compile:export-status'
    >();
    expectTypeOf<Api['outbox:submit']>().parameter(0).toEqualTypeOf<{ id: string; sendDespiteFindings: boolean; sendAgain?: boolean | undefined }>();
    expectTypeOf<Api['outbox:submit']>().returns.toEqualTypeOf<Promise<OutboxItem>>();
    expectTypeOf<Api['outbox:list']>().returns.toEqualTypeOf<Promise<OutboxItem[]>>();
  });

  test('the preload returns envelopes, so errors keep their Swedish message', () => {
    expectTypeOf<BridgeApi['reports:open']>().returns.toEqualTypeOf<Promise<Envelope<OpenedReport>>>();
  });
});
