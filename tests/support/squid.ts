// Debian's squid, a real forwarding proxy, started by a test on 127.0.0.1 as a city's proxy
// stands between a laptop and the receiver: it resolves host names from a hosts file of its
// own, so a name reaches the receiver only through it. It may ask for credentials, or refuse
// tunnels to some ports, as a proxy can. Each proxy is ended with its whole process group.
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import { join } from 'node:path';
import { freePort } from './ports.ts';

export interface SquidOptions {
  /** Names only the proxy knows, with the address each stands for. */
  hosts: Record<string, string>;
  /** Ask every client for credentials (407). */
  requireCredentials?: boolean;
  /** Refuse tunnels to these ports (403). */
  refusePorts?: number[];
}

export interface RunningSquid {
  url: string;
  /** What squid logged of the requests it handled, e.g. "CONNECT mottagare.stad.test:443". */
  requests(): Promise<string[]>;
  stop(): Promise<void>;
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => resolve(socket.destroy() === socket));
    socket.once('error', () => resolve(false));
  });
}

export async function startSquid(options: SquidOptions): Promise<RunningSquid> {
  // A folder of its own directly in the temporary folder: squid, started as root, drops to its
  // own user, which must be able to reach it (a test's folder is the owner's alone).
  const folder = await mkdtemp(join(tmpdir(), 'rapport-squid-'));
  await chmod(folder, 0o777);
  const port = await freePort();
  const file = (base: string): string => join(folder, base);
  await writeFile(
    file('hosts'),
    Object.entries(options.hosts)
      .map(([name, address]) => `${address} ${name}\n`)
      .join(''),
  );
  await writeFile(file('passwords'), '');
  const access = options.requireCredentials
    ? [`auth_param basic program /usr/lib/squid/basic_ncsa_auth ${file('passwords')}`, 'acl signedIn proxy_auth REQUIRED', 'http_access deny !signedIn']
    : [];
  const refused = (options.refusePorts ?? []).map((refusedPort) => `acl refusedPort port ${refusedPort}\nhttp_access deny CONNECT refusedPort`);
  const config = [
    `http_port 127.0.0.1:${port}`,
    `pid_filename ${file('squid.pid')}`,
    `cache_log ${file('cache.log')}`,
    `access_log stdio:${file('access.log')} squid`,
    'cache deny all',
    'cache_mem 8 MB',
    `hosts_file ${file('hosts')}`,
    'dns_nameservers 127.0.0.1',
    `coredump_dir ${folder}`,
    'shutdown_lifetime 0 seconds',
    ...access,
    ...refused,
    'http_access allow localhost',
    'http_access deny all',
    '',
  ].join('\n');
  await writeFile(file('squid.conf'), config);
  const child = spawn('squid', ['-N', '-f', file('squid.conf')], { detached: true, stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const pid = child.pid ?? 0;
  const deadline = Date.now() + 20_000;
  while (!(await portAnswers(port))) {
    if (Date.now() > deadline || child.exitCode !== null) {
      const log = await readFile(file('cache.log'), 'utf8').catch(() => '');
      throw new Error(`squid did not start:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    requests: async () =>
      (await readFile(file('access.log'), 'utf8').catch(() => ''))
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(/\s+/).slice(5, 7).join(' ')),
    stop: async () => {
      if (child.exitCode === null) process.kill(-pid, 'SIGKILL');
      await exited;
      await rm(folder, { recursive: true, force: true });
    },
  };
}
