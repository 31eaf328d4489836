// The preview's and the command line's way to the receiver: Node's fetch as undici gives it,
// through the proxy the environment names (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, as curl reads
// them), trusting Node's certificates, those NODE_EXTRA_CA_CERTS adds, and the CA file IT's
// defaults may name for the receiver. Electron has its own (electron/electron-connection.ts).
import { networkInterfaces } from 'node:os';
import { getCACertificates } from 'node:tls';
import { EnvHttpProxyAgent, fetch as undiciFetch } from 'undici';
import { AppError } from '../errors/app-error.ts';
import { readFileBounded } from '../files/read-bounded.ts';
import type { HttpRequest, HttpResponse, ReceiverConnection } from './receiver-connection.ts';

export interface NodeConnectionOptions {
  /** Where HTTPS_PROXY, HTTP_PROXY and NO_PROXY are read (process.env). */
  env?: NodeJS.ProcessEnv;
  /** A PEM file of CA certificates to trust besides Node's own, read again when it changes. */
  caFile?: () => Promise<string | undefined>;
}

const MAX_CA_FILE_BYTES = 1024 * 1024;

function envValue(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name.toLowerCase()] ?? env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

async function readCaFile(path: string): Promise<string> {
  try {
    return (await readFileBounded(path, MAX_CA_FILE_BYTES)).toString('utf8');
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new AppError(
      'invalid-request',
      `Certifikatfilen för mottagaren som IT har angett (${path}) kunde inte läsas, så inget skickades: ${why} Kontakta IT.`,
      {
        cause: error,
      },
    );
  }
}

/** True when some network interface other than loopback has an address. */
function hasNetwork(): boolean {
  return Object.values(networkInterfaces()).some((addresses) => addresses?.some((address) => !address.internal));
}

export function createNodeConnection(options: NodeConnectionOptions = {}): ReceiverConnection {
  const env = options.env ?? process.env;
  const httpProxy = envValue(env, 'HTTP_PROXY');
  const httpsProxy = envValue(env, 'HTTPS_PROXY') ?? httpProxy;
  const noProxy = envValue(env, 'NO_PROXY');
  let agent: { caFile: string | undefined; dispatcher: EnvHttpProxyAgent } | undefined;

  async function dispatcherFor(caFile: string | undefined): Promise<EnvHttpProxyAgent> {
    if (agent !== undefined && agent.caFile === caFile) return agent.dispatcher;
    const previous = agent?.dispatcher;
    // Setting `ca` replaces Node's list, so the file's certificates are added to it.
    const ca = caFile === undefined ? undefined : [...getCACertificates('default'), await readCaFile(caFile)];
    const tls = ca === undefined ? {} : { connect: { ca }, requestTls: { ca } };
    const dispatcher = new EnvHttpProxyAgent({ httpProxy, httpsProxy, noProxy, ...tls });
    agent = { caFile, dispatcher };
    void previous?.close();
    return dispatcher;
  }

  return {
    async fetch(url: string, request: HttpRequest): Promise<HttpResponse> {
      const dispatcher = await dispatcherFor(await options.caFile?.());
      return undiciFetch(url, { ...request, dispatcher });
    },
    online: hasNetwork,
    proxyFor(url: string): string | undefined {
      const { protocol } = new URL(url);
      return protocol === 'https:' ? httpsProxy : httpProxy;
    },
    async close() {
      await agent?.dispatcher.close();
    },
  };
}
