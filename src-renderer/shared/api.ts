// The renderer's only way to the services. In the Electron app the preload provides
// `window.bridge`; in the preview the same calls travel over loopback HTTP. Either way
// the caller gets typed results and errors with a Swedish message.
import type { AppErrorCode } from '../../src-main/errors/app-error.ts';
import type { Api, BridgeApi, CallInput, Channel } from '../../src-main/ipc/contract.ts';
import { createLoopbackTransport } from './loopback-transport.ts';
import { plainCopy } from './plain-copy.svelte.ts';
import type { Transport } from './transport.ts';
import { text, unexpectedError } from './strings.ts';

class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: AppErrorCode,
    message: string,
  ) {
    super(message);
  }
}

declare global {
  interface Window {
    bridge?: BridgeApi;
  }
}

function electronTransport(bridge: BridgeApi): Transport {
  return (channel, input) => bridge[channel](plainCopy(input) as never) as never;
}

function createClient(transport: Transport): Api {
  return new Proxy({} as Api, {
    get: (_target, channel: Channel) => async (input: CallInput<typeof channel>) => {
      const envelope = await transport(channel, input);
      if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message);
      return envelope.value;
    },
  });
}

export const isPreview = window.bridge === undefined;
export const api: Api = createClient(window.bridge ? electronTransport(window.bridge) : createLoopbackTransport());

/** Registers the handler that must finish before the window closes or the page goes away. */
export function onBeforeLeave(handler: () => Promise<void>): void {
  if (window.bridge) {
    window.bridge.onFlushRequest(handler);
    return;
  }
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void handler();
  });
}

/** The stable code of an error from the services, to act on ('already-exists'); undefined for others. */
export function errorCode(error: unknown): AppErrorCode | undefined {
  return error instanceof ApiError ? error.code : undefined;
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return unexpectedError(error.message);
  return text.unexpectedError;
}
