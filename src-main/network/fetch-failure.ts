// What a failed request means, in Swedish, naming its cause: no network at all, a name not
// found, a connection refused, a certificate this computer does not trust, a proxy that
// refused or asked for credentials, a time limit. Node's fetch (undici) puts an error code on
// the error's cause; Electron's net.fetch puts Chromium's net::ERR_… name in the message: both
// are read here. "ingen förbindelse" is said only when the computer has no network at all.

export interface FetchFailure {
  /** What went wrong, for the user: the caller says what happens next. */
  problem: string;
  /** The computer has no network at all. */
  offline: boolean;
  /**
   * True when the network itself is missing or the receiver cannot be reached at all, so that
   * trying every second costs nothing and reaches it as soon as it is back; false for what a
   * quick retry will not mend (a certificate, a proxy's refusal, a time limit).
   */
  connection: boolean;
}

export interface FailureContext {
  url: string;
  /** The proxy the request went through, if the door knows it. */
  proxy?: string | undefined;
  timeoutMs: number;
  online: boolean;
}

const CERTIFICATE_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_UNTRUSTED',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_SIGNATURE_FAILURE',
]);

/** Every code and message on the error and its causes, outermost first. */
function errorTrail(error: unknown): { codes: string[]; messages: string[]; name: string | undefined } {
  const codes: string[] = [];
  const messages: string[] = [];
  let name: string | undefined;
  let current: unknown = error;
  for (let depth = 0; depth < 6 && typeof current === 'object' && current !== null; depth += 1) {
    if ('code' in current && typeof current.code === 'string') codes.push(current.code);
    if ('message' in current && typeof current.message === 'string') messages.push(current.message);
    if (name === undefined && 'name' in current && typeof current.name === 'string') name = current.name;
    current = 'cause' in current ? current.cause : undefined;
  }
  for (const message of messages) {
    const chromium = /net::(ERR_[A-Z_]+)/.exec(message);
    if (chromium?.[1]) codes.push(chromium[1]);
  }
  return { codes, messages, name };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function proxyName(context: FailureContext): string {
  return context.proxy === undefined ? 'Proxyn' : `Proxyn ${hostOf(context.proxy)}`;
}

export function describeFetchFailure(error: unknown, context: FailureContext): FetchFailure {
  return { offline: false, ...classify(error, context) };
}

function classify(error: unknown, context: FailureContext): Omit<FetchFailure, 'offline'> & { offline?: true } {
  const host = hostOf(context.url);
  const { codes, messages, name } = errorTrail(error);
  const has = (...wanted: string[]): boolean => codes.some((code) => wanted.includes(code));
  const proxyStatus = messages.map((message) => /Proxy (?:response \((\d{3})\)|Authentication Required \((\d{3})\))/.exec(message)).find(Boolean);

  if (name === 'TimeoutError' || has('UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'ETIMEDOUT', 'ERR_TIMED_OUT', 'ERR_CONNECTION_TIMED_OUT')) {
    return { connection: false, problem: `Mottagaren ${host} svarade inte inom ${context.timeoutMs / 1000} sekunder.` };
  }
  if (!context.online || has('ERR_INTERNET_DISCONNECTED', 'ENETDOWN')) {
    return { connection: true, offline: true, problem: 'Datorn är inte ansluten till något nätverk (ingen förbindelse).' };
  }
  if (proxyStatus || has('ERR_TUNNEL_CONNECTION_FAILED', 'ERR_PROXY_AUTH_REQUESTED', 'ERR_PROXY_AUTH_UNSUPPORTED')) {
    const status = proxyStatus?.[1] ?? proxyStatus?.[2];
    if (status === '407' || has('ERR_PROXY_AUTH_REQUESTED', 'ERR_PROXY_AUTH_UNSUPPORTED')) {
      return {
        connection: false,
        problem: `${proxyName(context)} kräver inloggning (407) och släppte inte igenom rapporten till ${host}. Kontakta IT: appen ska få gå igenom proxyn.`,
      };
    }
    return {
      connection: false,
      problem: `${proxyName(context)} vägrade förbindelsen till ${host}${status === undefined ? '' : ` (svar ${status})`}. Kontrollera mottagningsadressen, eller kontakta IT om proxyn ska släppa igenom den.`,
    };
  }
  if (has('ERR_PROXY_CONNECTION_FAILED', 'ERR_MANDATORY_PROXY_CONFIGURATION_FAILED')) {
    return { connection: true, problem: `${proxyName(context)} gick inte att nå. Kvarstår felet, kontakta IT.` };
  }
  if (codes.some((code) => CERTIFICATE_CODES.has(code) || code.startsWith('ERR_CERT_') || code.startsWith('ERR_SSL_'))) {
    return {
      connection: false,
      problem: `Certifikatet för ${host} är inte betrott av den här datorn, så rapporten skickades inte dit. Kontakta IT: stadens rotcertifikat kan saknas, eller adressen är fel.`,
    };
  }
  if (has('ENOTFOUND', 'ERR_NAME_NOT_RESOLVED', 'ERR_NAME_RESOLUTION_FAILED')) {
    return {
      connection: true,
      problem: `Namnet ${new URL(context.url).hostname} hittades inte. Kontrollera mottagningsadressen under Inställningar, och att datorn är ansluten till stadens nät.`,
    };
  }
  if (has('EAI_AGAIN')) {
    return { connection: true, problem: `Namnet ${new URL(context.url).hostname} gick inte att slå upp just nu (kontrollera nätverket).` };
  }
  if (has('ECONNREFUSED', 'ERR_CONNECTION_REFUSED')) {
    return { connection: true, problem: `Mottagaren ${host} svarar inte: den är avstängd eller adressen är fel.` };
  }
  if (has('ENETUNREACH', 'EHOSTUNREACH', 'ERR_ADDRESS_UNREACHABLE', 'ERR_NETWORK_CHANGED')) {
    return { connection: true, problem: `Mottagaren ${host} går inte att nå från det här nätet just nu.` };
  }
  if (has('ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'ERR_CONNECTION_RESET', 'ERR_CONNECTION_CLOSED', 'ERR_EMPTY_RESPONSE')) {
    return { connection: true, problem: `Förbindelsen till ${host} bröts innan svaret kom.` };
  }
  const code = codes.at(-1);
  return { connection: true, problem: `Mottagaren ${host} gick inte att nå${code === undefined ? '' : ` (${code})`}.` };
}
