// The services behind the contract. Plain functions over the services: no Electron, no HTTP.
import type { CompilationService } from '../compile/compilation-service.ts';
import { compileHandlers } from '../compile/compile-calls.ts';
import { coordinatorHandlers } from '../coordinator/coordinator-calls.ts';
import type { CoordinatorService } from '../coordinator/coordinator-service.ts';
import { emailHandlers } from '../email/email-calls.ts';
import type { EmailService } from '../email/email-service.ts';
import { exportHandlers } from '../export/export-calls.ts';
import type { ExportService } from '../export/export-service.ts';
import { importHandlers } from '../import/import-calls.ts';
import type { ImportService } from '../import/import-service.ts';
import { outboxHandlers } from '../outbox/outbox-calls.ts';
import type { OutboxService } from '../outbox/outbox-service.ts';
import { settingsHandlers } from '../settings/settings-calls.ts';
import type { SettingsService } from '../settings/settings-service.ts';
import { reportHandlers } from '../store/report-calls.ts';
import type { ReportStore } from '../store/report-store.ts';
import { AppError } from '../errors/app-error.ts';
import type { SupportLog } from '../support-log/support-log.ts';
import type { Handlers } from './contract.ts';

/** The services the calls are answered by. */
export interface HandlerServices {
  store: ReportStore;
  exports: ExportService;
  imports: ImportService;
  settings: SettingsService;
  outbox: OutboxService;
  email: EmailService;
  coordinator: CoordinatorService;
  compilation: CompilationService;
}

/** What a result says was recovered (a damaged file restored), to keep in the support log. */
function noticesOf(result: unknown): string[] {
  if (typeof result !== 'object' || result === null || !('notices' in result) || !Array.isArray(result.notices)) return [];
  return result.notices.filter((notice): notice is string => typeof notice === 'string');
}

/** Every call that fails, and every recovery a call reports, is kept in the support log. */
function logged(handlers: Handlers, log: SupportLog): Handlers {
  // Each handler is called with the input the dispatcher checked against its own schema.
  const byName = handlers as unknown as Record<string, (input: unknown) => Promise<unknown>>;
  const wrapped = Object.entries(byName).map(([channel, handler]) => [
    channel,
    async (input: unknown) => {
      try {
        const result = await handler(input);
        for (const notice of noticesOf(result)) log.info('recovered', { channel, notice });
        return result;
      } catch (error) {
        const code = error instanceof AppError ? error.code : 'unexpected';
        log.error('call-failed', { channel, code, message: error instanceof Error ? error.message : String(error) });
        throw error;
      }
    },
  ]);
  // The same names with the same signatures: each function only passes its input through.
  return Object.fromEntries(wrapped) as Handlers;
}

export function createHandlers(services: HandlerServices, log: SupportLog): Handlers {
  return logged(handlerTable(services), log);
}

/** Every feature's handlers, with what one feature's call sets going in another. */
function handlerTable({ store, exports, imports, settings, outbox, email, coordinator, compilation }: HandlerServices): Handlers {
  return {
    ...reportHandlers(store, async () => (await settings.effective()).contactDefaults),
    ...exportHandlers(exports),
    ...importHandlers(imports),
    // A new address or sender key may be what the waiting versions needed.
    ...settingsHandlers(settings, () => outbox.retryAll()),
    ...outboxHandlers(outbox),
    ...emailHandlers(email),
    ...coordinatorHandlers(coordinator),
    ...compileHandlers(compilation),
  };
}
