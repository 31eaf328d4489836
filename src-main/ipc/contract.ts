// Every call the renderer may make: its name, the schema its input must pass in the main
// process, and the type of its result. Each feature declares its own calls beside its service
// (`<feature>/<feature>-calls.ts`); they are merged here into the one map that the preload's API
// object, the main-side registration, the preview server and the renderer's client are all
// derived from.
import type { z } from 'zod';
import type { CallHandlers, CallResult } from '../calls/call-spec.ts';
import { compileCalls } from '../compile/compile-calls.ts';
import { coordinatorCalls } from '../coordinator/coordinator-calls.ts';
import { emailCalls } from '../email/email-calls.ts';
import type { AppErrorCode } from '../errors/app-error.ts';
import { exportCalls } from '../export/export-calls.ts';
import { importCalls } from '../import/import-calls.ts';
import { outboxCalls } from '../outbox/outbox-calls.ts';
import { settingsCalls } from '../settings/settings-calls.ts';
import { reportCalls } from '../store/report-calls.ts';
import type { ChannelName } from './channels.ts';

export const contract = {
  ...reportCalls,
  ...exportCalls,
  ...importCalls,
  ...settingsCalls,
  ...outboxCalls,
  ...emailCalls,
  ...coordinatorCalls,
  ...compileCalls,
} as const;

type Contract = typeof contract;
export type Channel = keyof Contract;
export { CHANNELS } from './channels.ts';

// Fails to compile if the plain list of names and the contract ever differ.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const channelListMatchesContract: Same<Channel, ChannelName> = true;
void channelListMatchesContract;

export type CallInput<C extends Channel> = z.input<Contract[C]['input']>;
export type CallOutput<C extends Channel> = CallResult<Contract[C]>;

/** What the renderer calls: the bridge's calls with the envelope unwrapped. */
export type Api = { [C in Channel]: (input: CallInput<C>) => Promise<CallOutput<C>> };

/** What the main process implements: every feature's handlers, merged in ipc/handlers.ts. */
export type Handlers = CallHandlers<Contract>;

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
