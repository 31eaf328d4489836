// The services behind the contract. Plain functions over the services: no Electron, no HTTP.
import type { CompilationService, CompileRequest } from '../compile/compilation-service.ts';
import type { CoordinatorService } from '../coordinator/coordinator-service.ts';
import type { EmailService } from '../email/email-service.ts';
import type { ExportService } from '../export/export-service.ts';
import type { ImportService } from '../import/import-service.ts';
import type { OutboxService } from '../outbox/outbox-service.ts';
import type { SettingsService } from '../settings/settings-service.ts';
import type { ReportStore } from '../store/report-store.ts';
import { AppError } from '../errors/app-error.ts';
import type { SupportLog } from '../support-log/support-log.ts';
import type { compileRequestSchema, Handlers } from './contract.ts';
import type { z } from 'zod';

type CompileCall = z.output<typeof compileRequestSchema>;

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

/** The call's flat period and year as the service's period. */
function compileRequest({ period, year, folders, receiver, assignments }: CompileCall): CompileRequest {
  return { period: { period, year }, folders, receiver, assignments };
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

function handlerTable({ store, exports, imports, settings, outbox, email, coordinator, compilation }: HandlerServices): Handlers {
  const done = async (action: Promise<unknown>): Promise<null> => {
    await action;
    return null;
  };
  return {
    'reports:list': () => store.list(),
    'reports:open': ({ id }) => store.open(id),
    'reports:create': async (request) => store.create({ ...request, contactDefaults: (await settings.effective()).contactDefaults }),
    'reports:save': ({ report }) => store.save(report),
    'reports:duplicate': ({ id, copyName }) => store.duplicate(id, copyName),
    'reports:carry-over': ({ id, copyName }) => store.carryOver(id, copyName),
    'reports:trash': ({ id }) => done(store.moveToTrash(id)),
    'trash:list': () => store.listTrash(),
    'trash:restore': ({ id }) => done(store.restoreFromTrash(id)),
    'export:docx': ({ id }) => exports.exportDocx(id),
    'export:prepare': ({ id }) => done(exports.prepare(id)),
    'drafts:export': ({ id }) => exports.exportDraft(id),
    'import:inspect': ({ fileName, dataBase64 }) => imports.inspect(fileName, Buffer.from(dataBase64, 'base64')),
    'import:create': (choice) => imports.create(choice),
    'export:open': ({ path }) => done(exports.open(path)),
    'export:reveal': ({ path }) => done(exports.showInFolder(path)),
    'settings:get': () => settings.get(),
    'settings:contact-defaults': () => settings.contactDefaults(),
    'settings:save': async ({ settings: values }) => {
      const saved = await settings.save(values);
      // A new address or sender key may be what the waiting versions needed.
      await outbox.retryAll();
      return saved;
    },
    'settings:test-connection': (typed) => outbox.testConnection(typed),
    'outbox:submit': ({ id, sendDespiteFindings, sendAgain }) => outbox.submit(id, sendDespiteFindings, sendAgain),
    'outbox:list': () => outbox.list(),
    'outbox:retry': ({ entryId }) => done(outbox.retryNow(entryId)),
    'outbox:retry-all': () => done(outbox.retryAll()),
    'outbox:withdraw': ({ entryId }) => done(outbox.withdraw(entryId)),
    'email:compose': ({ id }) => email.compose(id),
    'compile:overview': async () => ({ ...(await coordinator.data()), ...(await compilation.sources()) }),
    'compile:add-organisation': ({ name }) => coordinator.addOrganisation(name),
    'compile:remove-organisation': ({ name }) => coordinator.removeOrganisation(name),
    'compile:choose-folder': () => compilation.chooseFolder(),
    'compile:scan': (request) => compilation.scan(compileRequest(request)),
    'compile:export': (request) => compilation.compile(compileRequest(request)),
    'compile:reminder': (request) => compilation.reminder(compileRequest(request)),
    'compile:export-status': (request) => compilation.exportStatus(compileRequest(request)),
    'compile:set-deadline': ({ period, year, date }) => coordinator.setDeadline({ period, year }, date),
    'contacts:save': (contact) => coordinator.saveContact(contact),
    'contacts:keep': ({ organisation, reportEmail }) => coordinator.keepRegisterContact(organisation, reportEmail),
    'contacts:import': ({ fileName, dataBase64 }) => coordinator.importContacts(fileName, Buffer.from(dataBase64, 'base64')),
    'contacts:export': () => coordinator.exportContacts(),
  };
}
