// A server certificate is trusted by IT's CA file only when that CA really issued it, for this
// host, within its dates: certificates made with openssl, a second CA standing for anyone else.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chainTrustedBy } from '../../src-main/network/extra-ca.ts';
import { makeTempFolder } from '../support/temp-folder.ts';
import { makeTestCa } from '../support/test-ca.ts';

const HOST = 'mottagare.stad.test';
let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let cityCa: string;
let cityServer: string;
let otherCa: string;
let otherServer: string;

beforeAll(async () => {
  folder = await makeTempFolder('rapport-extra-ca-');
  await mkdir(join(folder.path, 'stad'));
  await mkdir(join(folder.path, 'annan'));
  const city = await makeTestCa(join(folder.path, 'stad'), HOST);
  const other = await makeTestCa(join(folder.path, 'annan'), HOST, 'Någon annans CA');
  const read = (path: string): Promise<string> => readFile(path, 'utf8');
  [cityCa, cityServer, otherCa, otherServer] = await Promise.all([read(city.caFile), read(city.certFile), read(other.caFile), read(other.certFile)]);
});
afterAll(async () => {
  await folder.remove();
});

test('a certificate the CA issued for this host is trusted', () => {
  expect(chainTrustedBy([cityServer], cityCa, HOST)).toBe(true);
});

test('not for another host, not when another CA issued it, not past its dates, not the CA itself as a server', () => {
  expect(chainTrustedBy([cityServer], cityCa, 'annan.stad.test')).toBe(false);
  expect(chainTrustedBy([otherServer], cityCa, HOST)).toBe(false);
  expect(chainTrustedBy([cityServer], otherCa, HOST)).toBe(false);
  expect(chainTrustedBy([cityServer], cityCa, HOST, new Date(Date.now() + 10 * 24 * 60 * 60 * 1000))).toBe(false);
  expect(chainTrustedBy([cityCa], cityCa, HOST)).toBe(false);
  expect(chainTrustedBy([], cityCa, HOST)).toBe(false);
  expect(chainTrustedBy(['inget certifikat'], cityCa, HOST)).toBe(false);
});
