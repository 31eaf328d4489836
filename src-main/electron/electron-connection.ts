// The app's way to the receiver: Chromium's network stack (net.fetch), which follows the
// system's proxy settings and PAC file, signs in to the proxy with the user's Windows account,
// and trusts the operating system's certificate store, where IT puts the city's CA. Where IT's
// defaults name a CA file instead, a certificate chain that CA vouches for is trusted too.
import { net, session, type Certificate } from 'electron';
import { chainTrustedBy } from '../network/extra-ca.ts';
import type { ReceiverConnection } from '../network/receiver-connection.ts';

export function electronConnection(): ReceiverConnection {
  return {
    fetch: (url, request) => net.fetch(url, request),
    online: () => net.isOnline(),
    // Chromium picks the proxy itself (PAC, WPAD): it is named in its own error instead.
    proxyFor: () => undefined,
    close: async () => undefined,
  };
}

function chainOf(certificate: Certificate): string[] {
  const chain: string[] = [];
  for (let current: Certificate | undefined = certificate; current !== undefined && chain.length < 10; current = current.issuerCert) {
    chain.push(current.data);
    if (current.issuerCert === current) break;
  }
  return chain;
}

/**
 * Where Chromium does not trust a certificate, one issued by IT's CA is trusted after all. The
 * app reaches no other server than the receiver, and Chromium's own verdict stands otherwise.
 */
export function trustItCertificateAuthority(caPem: string): void {
  session.defaultSession.setCertificateVerifyProc((request, callback) => {
    const USE_CHROMIUM_VERDICT = -3;
    if (request.errorCode !== 0 && chainTrustedBy(chainOf(request.certificate), caPem, request.hostname)) callback(0);
    else callback(USE_CHROMIUM_VERDICT);
  });
}
