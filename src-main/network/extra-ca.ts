// Whether a server's certificate chain is vouched for by a CA that IT names (the city's own),
// for a door whose network stack does not know that CA itself. Every link is checked: each
// certificate signed by the next, the chain ending in one signed by the CA, every one within
// its dates, each issuer a CA, and the server's certificate naming the host.
import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';

export function chainTrustedBy(chainPem: readonly string[], caPem: string, hostname: string, now: Date = new Date()): boolean {
  let ca: X509Certificate;
  let chain: X509Certificate[];
  try {
    ca = new X509Certificate(caPem);
    chain = chainPem.map((pem) => new X509Certificate(pem));
  } catch {
    return false;
  }
  const [server] = chain;
  if (server === undefined || !ca.ca) return false;
  const named = isIP(hostname) === 0 ? server.checkHost(hostname) : server.checkIP(hostname);
  if (named === undefined) return false;
  const withinDates = (certificate: X509Certificate): boolean => now >= new Date(certificate.validFrom) && now <= new Date(certificate.validTo);
  if (!withinDates(ca)) return false;
  for (const [index, certificate] of chain.entries()) {
    if (!withinDates(certificate)) return false;
    if (certificate.checkIssued(ca) && certificate.verify(ca.publicKey)) return true;
    const issuer = chain[index + 1];
    if (issuer === undefined || !issuer.ca || !certificate.checkIssued(issuer) || !certificate.verify(issuer.publicKey)) return false;
  }
  return false;
}
