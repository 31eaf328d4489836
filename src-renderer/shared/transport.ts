// How a call reaches the services: Electron's IPC bridge in the app, loopback HTTP in the preview.
import type { CallInput, CallOutput, Channel, Envelope } from '../../src-main/ipc/contract.ts';

export type Transport = <C extends Channel>(channel: C, input: CallInput<C>) => Promise<Envelope<CallOutput<C>>>;
