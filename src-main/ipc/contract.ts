// Every call the renderer may make: its name, the schema its input must pass in the main
// process, and the type of its result. The preload's API object, the main-side registration,
// the preview server and the renderer's client are all derived from this one map.
import { z } from 'zod';
import type { AppErrorCode } from '../errors/app-error.ts';
import { periodSchema, reportIdSchema, reportSchema, yearSchema, type Report } from '../report/model.ts';
import type { ExportedFile } from '../export/export-service.ts';
import type { CompilationSources, CompiledFile, WrittenReminder } from '../compile/compilation-service.ts';
import type { CoordinatorData, ImportedContacts } from '../coordinator/coordinator-service.ts';
import type { WrittenTable } from '../export/save-table.ts';
import type { CompilationScan } from '../compile/compilation-scan.ts';
import type { ComposedEmail } from '../email/email-service.ts';
import type { ImportPreview, ImportResult } from '../import/import-service.ts';
import type { ConnectionTestResult } from '../outbox/connection-test.ts';
import type { OutboxItem } from '../outbox/outbox-entry.ts';
import { settingsInputSchema, type SettingsValues } from '../settings/settings-model.ts';
import type { SettingsView } from '../settings/settings-service.ts';
import type { ChannelName } from './channels.ts';
import type { OpenedReport, ReportListing, ReportSummary } from '../report/summary.ts';

interface CallSpec<Input extends z.ZodType, Output> {
  input: Input;
  /** Never set: carries the result type. */
  output?: Output;
}

function call<Output>() {
  return <Input extends z.ZodType>(input: Input): CallSpec<Input, Output> => ({ input });
}

const none = z.object({}).strict();
const byId = z.object({ id: reportIdSchema }).strict();
const byPath = z.object({ path: z.string().min(1).max(4_096) }).strict();
const byEntry = z.object({ entryId: z.uuid() }).strict();
const copyName = z.string().max(200);
const organisationName = z.object({ name: z.string().max(200) }).strict();
/** The period and folders to compile from, and the organisations assigned by hand (as pairs: a file path is no object key). */
export const compileRequestSchema = z
  .object({
    period: periodSchema,
    year: yearSchema,
    folders: z.array(z.string().max(4_096)).max(20),
    /** "Mottagaren" is read too. */
    receiver: z.boolean().optional(),
    assignments: z.array(z.object({ key: z.string().max(5_000), organisation: z.string().max(200) }).strict()).max(10_000),
  })
  .strict();

/** A file the user picked, as its name and bytes: 50 MB as base64, with room to spare; the size itself is checked in main. */
const uploadedFile = z
  .object({
    fileName: z.string().max(1_000),
    dataBase64: z
      .string()
      .max(72_000_000)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/),
  })
  .strict();

export const contract = {
  'reports:list': call<ReportListing>()(none),
  'reports:open': call<OpenedReport>()(byId),
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
  'reports:save': call<{ savedAt: string }>()(z.object({ report: reportSchema }).strict()),
  'reports:duplicate': call<Report>()(z.object({ id: reportIdSchema, copyName: copyName.min(1) }).strict()),
  'reports:carry-over': call<Report>()(z.object({ id: reportIdSchema, copyName: copyName.optional() }).strict()),
  'reports:trash': call<null>()(byId),
  'trash:list': call<ReportSummary[]>()(none),
  'trash:restore': call<null>()(byId),
  'export:docx': call<ExportedFile | null>()(byId),
  /** While the user reads an opened report: the document worker started and warmed up. */
  'export:prepare': call<null>()(byId),
  'export:open': call<null>()(byPath),
  'export:reveal': call<null>()(byPath),
  'drafts:export': call<ExportedFile | null>()(byId),
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
  'settings:get': call<SettingsView>()(none),
  'settings:contact-defaults': call<SettingsValues['contactDefaults']>()(none),
  'settings:save': call<SettingsView>()(z.object({ settings: settingsInputSchema }).strict()),
  'settings:test-connection': call<ConnectionTestResult>()(z.object({ receiverUrl: z.string().max(2_000), senderKey: z.string().max(500) }).strict()),
  'outbox:submit': call<OutboxItem>()(z.object({ id: reportIdSchema, sendDespiteFindings: z.boolean(), sendAgain: z.boolean().optional() }).strict()),
  'outbox:list': call<OutboxItem[]>()(none),
  'outbox:retry': call<null>()(byEntry),
  'outbox:retry-all': call<null>()(none),
  'outbox:withdraw': call<null>()(byEntry),
  'email:compose': call<ComposedEmail>()(byId),
  'compile:overview': call<CoordinatorData & CompilationSources>()(none),
  'compile:add-organisation': call<CoordinatorData>()(organisationName),
  'compile:remove-organisation': call<CoordinatorData>()(organisationName),
  'compile:choose-folder': call<string | null>()(none),
  'compile:scan': call<CompilationScan>()(compileRequestSchema),
  'compile:export': call<CompiledFile | null>()(compileRequestSchema),
  'compile:reminder': call<WrittenReminder | null>()(compileRequestSchema),
  'compile:export-status': call<WrittenTable | null>()(compileRequestSchema),
  'compile:set-deadline': call<CoordinatorData>()(z.object({ period: periodSchema, year: yearSchema, date: z.iso.date().nullable() }).strict()),
  'contacts:save': call<CoordinatorData>()(
    z
      .object({
        organisation: z.string().min(1).max(200),
        contactPerson: z.string().max(2_000),
        email: z.string().max(320),
        phone: z.string().max(200),
      })
      .strict(),
  ),
  'contacts:keep': call<CoordinatorData>()(z.object({ organisation: z.string().min(1).max(200), reportEmail: z.string().max(320) }).strict()),
  'contacts:import': call<ImportedContacts>()(uploadedFile),
  'contacts:export': call<WrittenTable | null>()(none),
} as const;

type Contract = typeof contract;
export type Channel = keyof Contract;
export { CHANNELS } from './channels.ts';

// Fails to compile if the plain list of names and the contract ever differ.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const channelListMatchesContract: Same<Channel, ChannelName> = true;
void channelListMatchesContract;

export type CallInput<C extends Channel> = z.input<Contract[C]['input']>;
type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type CallOutput<C extends Channel> = Contract[C] extends CallSpec<z.ZodType, infer Output> ? Output : never;

/** What the renderer calls: the bridge's calls with the envelope unwrapped. */
export type Api = { [C in Channel]: (input: CallInput<C>) => Promise<CallOutput<C>> };

/** What the main process implements. */
export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Promise<CallOutput<C>> };

/** How a result or an error crosses the process boundary. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { name: string; code: AppErrorCode; message: string } };

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/**
 * What the preload exposes: each call returns the envelope, so an error reaches the
 * renderer with its code and Swedish message intact (Electron would otherwise replace it with
 * "Error invoking remote method").
 */
export type BridgeApi = { [C in Channel]: (input: CallInput<C>) => Promise<Envelope<CallOutput<C>>> } & {
  /** Called before the window closes; the app waits (briefly) for the promise. */
  onFlushRequest(handler: () => Promise<void>): void;
};
