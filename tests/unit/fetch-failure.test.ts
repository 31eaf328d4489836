// What the user reads when a request fails, for each cause, as Node's fetch (a TypeError whose
// cause carries an error code) and Electron's net.fetch (Chromium's net::ERR_… in the message)
// report it. The Node side is also met for real in city-network.test.ts; Electron's binary
// cannot run here, so its errors are written as Chromium words them.
import { describe, expect, test } from 'vitest';
import { describeFetchFailure } from '../../src-main/network/fetch-failure.ts';

const context = { url: 'https://rapporter.stockholm.se/inlamning', proxy: 'http://proxy.stad.local:8080', timeoutMs: 60_000, online: true };

function nodeError(code: string, message = 'fetch failed'): Error {
  return new TypeError(message, { cause: Object.assign(new Error(`${code} something`), { code }) });
}

describe('causes, as Node and as Chromium report them', () => {
  test.each([
    ['no network at all (Chromium)', new Error('net::ERR_INTERNET_DISCONNECTED'), /^Datorn är inte ansluten till något nätverk \(ingen förbindelse\)\.$/, true],
    ['a name not found (Node)', nodeError('ENOTFOUND'), /^Namnet rapporter\.stockholm\.se hittades inte\./, true],
    ['a name not found (Chromium)', new Error('net::ERR_NAME_NOT_RESOLVED'), /^Namnet rapporter\.stockholm\.se hittades inte\./, true],
    ['connection refused (Node)', nodeError('ECONNREFUSED'), /^Mottagaren rapporter\.stockholm\.se svarar inte: den är avstängd eller adressen är fel/, true],
    [
      'connection refused (Chromium)',
      new Error('net::ERR_CONNECTION_REFUSED'),
      /^Mottagaren rapporter\.stockholm\.se svarar inte: den är avstängd eller adressen är fel/,
      true,
    ],
    [
      'an untrusted certificate (Node)',
      nodeError('SELF_SIGNED_CERT_IN_CHAIN'),
      /^Certifikatet för rapporter\.stockholm\.se är inte betrott av den här datorn/,
      false,
    ],
    ['an untrusted certificate (Chromium)', new Error('net::ERR_CERT_AUTHORITY_INVALID'), /^Certifikatet för rapporter\.stockholm\.se är inte betrott/, false],
    [
      'a proxy asking for credentials (Node, tunnel)',
      nodeError('UND_ERR_ABORTED', 'Proxy response (407) !== 200 when HTTP Tunneling'),
      /^Proxyn proxy\.stad\.local:8080 kräver inloggning \(407\)/,
      false,
    ],
    ['a proxy asking for credentials (Chromium)', new Error('net::ERR_PROXY_AUTH_UNSUPPORTED'), /^Proxyn proxy\.stad\.local:8080 kräver inloggning/, false],
    [
      'a proxy refusing the tunnel (Chromium)',
      new Error('net::ERR_TUNNEL_CONNECTION_FAILED'),
      /^Proxyn proxy\.stad\.local:8080 vägrade förbindelsen till rapporter\.stockholm\.se\./,
      false,
    ],
    ['a proxy that cannot be reached (Chromium)', new Error('net::ERR_PROXY_CONNECTION_FAILED'), /^Proxyn proxy\.stad\.local:8080 gick inte att nå/, true],
    [
      'a time limit (ours)',
      new DOMException('Mottagaren svarade inte i tid.', 'TimeoutError'),
      /^Mottagaren rapporter\.stockholm\.se svarade inte inom 60 sekunder\.$/,
      false,
    ],
    ['a time limit (Chromium)', new Error('net::ERR_CONNECTION_TIMED_OUT'), /svarade inte inom 60 sekunder/, false],
    ['a connection cut (Node)', nodeError('UND_ERR_SOCKET'), /^Förbindelsen till rapporter\.stockholm\.se bröts innan svaret kom\.$/, true],
  ])('%s', (_name, error, message, connection) => {
    const failure = describeFetchFailure(error, context);
    expect(failure.problem).toMatch(message);
    expect(failure.connection).toBe(connection);
  });

  test('"ingen förbindelse" only when the computer has no network at all', () => {
    expect(describeFetchFailure(nodeError('ECONNREFUSED'), { ...context, online: false })).toEqual({
      offline: true,
      connection: true,
      problem: 'Datorn är inte ansluten till något nätverk (ingen förbindelse).',
    });
    for (const code of ['ENOTFOUND', 'ECONNREFUSED', 'SELF_SIGNED_CERT_IN_CHAIN', 'UND_ERR_SOCKET', 'EHOSTUNREACH']) {
      expect(describeFetchFailure(nodeError(code), context).problem).not.toContain('ingen förbindelse');
    }
  });

  test('an error it does not know is named by its code, not hidden', () => {
    expect(describeFetchFailure(nodeError('EPROTO'), context).problem).toBe('Mottagaren rapporter.stockholm.se gick inte att nå (EPROTO).');
  });
});
