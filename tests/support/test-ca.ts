// A certificate authority of the test's own, made with openssl, standing for the city's CA: a
// CA certificate, and a server certificate it signed for a host name, as IT would issue one.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface TestCa {
  /** The CA's certificate (PEM file), as IT would deploy it. */
  caFile: string;
  /** The server's certificate and key (PEM files), for `npm run receiver -- --tls-cert --tls-key`. */
  certFile: string;
  keyFile: string;
}

export async function makeTestCa(folder: string, hostname: string, name = 'Testkommunens rot-CA'): Promise<TestCa> {
  const file = (base: string): string => join(folder, base);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  await run('openssl', [
    'req',
    '-x509',
    ...ec,
    '-days',
    '2',
    '-subj',
    `/CN=${name}`,
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
    '-keyout',
    file('ca-key.pem'),
    '-out',
    file('ca.pem'),
  ]);
  await run('openssl', ['req', ...ec, '-subj', `/CN=${hostname}`, '-keyout', file('server-key.pem'), '-out', file('server.csr')]);
  await writeFile(file('server.ext'), `subjectAltName=DNS:${hostname}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n`);
  await run('openssl', [
    'x509',
    '-req',
    '-in',
    file('server.csr'),
    '-CA',
    file('ca.pem'),
    '-CAkey',
    file('ca-key.pem'),
    '-CAcreateserial',
    '-days',
    '2',
    '-extfile',
    file('server.ext'),
    '-out',
    file('server.pem'),
  ]);
  return { caFile: file('ca.pem'), certFile: file('server.pem'), keyFile: file('server-key.pem') };
}
