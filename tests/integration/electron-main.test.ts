// The real main-process code (src-main/electron) run against a stand-in for Electron's API,
// since the Electron binary cannot run here. What Electron itself does is not tested; what
// this app asks of it is.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { createElectronStub, StubBrowserWindow, StubWebContents, type ElectronStub } from '../support/electron-stub.ts';
import { RENDERER_FOLDER } from '../support/preview.ts';
import { makeTempFolder } from '../support/temp-folder.ts';

const stub: ElectronStub = vi.hoisted(() => ({}) as ElectronStub);
vi.mock('electron', () => stub.module);

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let window: StubBrowserWindow;

beforeAll(async () => {
  Object.assign(stub, createElectronStub({ gotLock: true }));
  folder = await makeTempFolder('rapport-electron-main-');
  process.argv.push(`--data=${folder.path}`);
  await import('../../src-main/electron/main.ts');
  await vi.waitFor(() => expect(StubBrowserWindow.instances).toHaveLength(1));
  window = StubBrowserWindow.instances[0]!;
});

afterAll(async () => {
  await folder.remove();
});

function invoke(channel: string, input: unknown, senderUrl: string): Promise<unknown> {
  const handler = stub.ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return Promise.resolve(handler({ senderFrame: { url: senderUrl } }, input));
}

describe('the main window', () => {
  test('runs the renderer isolated and sandboxed, without Node or middle-click windows, from the app:// origin', () => {
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    });
    for (const risky of [
      'nodeIntegrationInWorker',
      'nodeIntegrationInSubFrames',
      'allowRunningInsecureContent',
      'experimentalFeatures',
      'enableBlinkFeatures',
    ]) {
      expect(window.options.webPreferences, risky).not.toHaveProperty(risky);
    }
    expect(String(window.options.webPreferences.preload)).toMatch(/preload\.cjs$/);
    expect(window.loadedUrl).toBe('app://renderer/index.html');
  });

  test('has a Swedish menu without reload', () => {
    const labels = JSON.stringify(stub.menu.template);
    expect(labels).toContain('"Klistra in"');
    expect(labels).not.toMatch(/reload/i);
  });

  test('a second launch focuses the first window', () => {
    stub.module.app.emit('second-instance');
    expect(window.focused).toBe(true);
  });

  test('closing asks the renderer to save, and closes only when it says it is done', () => {
    window.close();
    expect(window.closed).toBe(false);
    expect(window.webContents.sent).toEqual(['app:flush-request']);
    stub.module.ipcMain.emit('app:flush-done', { sender: new StubWebContents() });
    expect(window.closed).toBe(false);
    stub.module.ipcMain.emit('app:flush-done', { sender: window.webContents });
    expect(window.closed).toBe(true);
  });
});

describe('IPC', () => {
  test('every call in the contract is registered', async () => {
    const { CHANNELS } = await import('../../src-main/ipc/channels.ts');
    expect([...stub.ipcHandlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  test('calls from the app run against the real store in the --data folder', async () => {
    const created = (await invoke('reports:create', { committee: 'Kulturnämnden', period: 'T1', year: 2023 }, 'app://renderer/index.html')) as {
      ok: boolean;
      value: { id: string };
    };
    expect(created.ok).toBe(true);
    const onDisk = JSON.parse(await readFile(join(folder.path, 'reports', `${created.value.id}.json`), 'utf8')) as { header: { committee: string } };
    expect(onDisk.header.committee).toBe('Kulturnämnden');
  });

  test('calls from any other origin, and malformed input, are refused with a Swedish message', async () => {
    expect(await invoke('reports:list', {}, 'https://evil.example/')).toMatchObject({ ok: false, error: { message: 'Anropet kom inte från appen.' } });
    expect(await invoke('reports:list', {}, 'file:///C:/index.html')).toMatchObject({ ok: false });
    expect(await invoke('reports:create', { committee: 42 }, 'app://renderer/index.html')).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});

describe('support', () => {
  test('"Hjälp > Kopiera felinformation" puts the version, the system and the newest log records on the clipboard; no report text, no key', async () => {
    const secret = 'Vår hemliga strategi för 2027.';
    const created = (await invoke('reports:create', { committee: 'Kulturnämnden', period: 'T1', year: 2024 }, 'app://renderer/index.html')) as {
      value: { id: string };
    };
    const opened = (await invoke('reports:open', { id: created.value.id }, 'app://renderer/index.html')) as { value: { report: Record<string, unknown> } };
    await invoke('reports:save', { report: { ...opened.value.report, otherInformation: secret } }, 'app://renderer/index.html');
    // A call that fails is kept in the log.
    await invoke('reports:open', { id: '00000000-0000-4000-8000-000000000000' }, 'app://renderer/index.html');
    await invoke('settings:save', { settings: { senderKey: 'hemlig-avsandarnyckel-456', contactDefaults: {} } }, 'app://renderer/index.html');

    const help = (stub.menu.template as { label: string; submenu: { label: string; click?: () => void }[] }[]).find((menu) => menu.label === 'Hjälp');
    help?.submenu.find((item) => item.label === 'Kopiera felinformation')?.click?.();
    await vi.waitFor(() => expect(stub.messages).toHaveLength(1));
    const copied = stub.clipboard.text;
    expect(copied).toMatch(/^Uppföljningsrapport näringsliv 0\.1\.0\nOperativsystem: \S+ .* \(\w+\), /);
    expect(copied).toContain(`Datamapp: ${folder.path}`);
    expect(copied).toMatch(/"event":"call-failed","channel":"reports:open","code":"not-found"/);
    expect(copied).not.toContain(secret);
    expect(copied).not.toContain('hemlig-avsandarnyckel-456');
    expect(await readdir(join(folder.path, 'logg'))).toEqual(['app.log']);
  });
});

describe('the sender key', () => {
  test("is kept with the operating system's protection (safeStorage): settings.json never holds it in plain text, and it reads back", async () => {
    const key = 'hemlig-avsandarnyckel-123';
    const saved = (await invoke('settings:save', { settings: { senderKey: key, contactDefaults: {} } }, 'app://renderer/index.html')) as {
      value: { effective: { senderKey?: string }; senderKeyStorage: string };
    };
    expect(saved.value.effective.senderKey).toBe(key);
    expect(saved.value.senderKeyStorage).toMatch(/^krypterad/);
    const onDisk = await readFile(join(folder.path, 'settings.json'), 'utf8');
    expect(onDisk).not.toContain(key);
    expect(JSON.parse(onDisk)).toMatchObject({ senderKeyProtected: expect.any(String) });
    expect(JSON.parse(onDisk)).not.toHaveProperty('senderKey');
    const read = (await invoke('settings:get', {}, 'app://renderer/index.html')) as { value: { effective: { senderKey?: string } } };
    expect(read.value.effective.senderKey).toBe(key);
  });
});

describe('Word export', () => {
  test('offers a save dialog in Documents with the report’s name and a .docx filter; cancelling exports nothing', async () => {
    const created = (await invoke(
      'reports:create',
      { committee: 'Kulturnämnden: kulturförvaltningen', period: 'T2', year: 2022 },
      'app://renderer/index.html',
    )) as { value: { id: string } };
    stub.saveDialog.answer = { canceled: true };
    expect(await invoke('export:docx', { id: created.value.id }, 'app://renderer/index.html')).toEqual({ ok: true, value: null });
    expect(stub.saveDialog.options?.defaultPath).toBe('/home/kontakt/documents/Uppföljningsrapport näringsliv – Kulturnämnden – T2 2022.docx');
    expect(stub.saveDialog.options?.filters).toEqual([{ name: 'Word-dokument', extensions: ['docx'] }]);
  });

  test('a path that this session did not export cannot be opened or shown', async () => {
    expect(await invoke('export:open', { path: '/etc/passwd' }, 'app://renderer/index.html')).toMatchObject({
      ok: false,
      error: { message: 'Den filen kan inte öppnas härifrån.' },
    });
    expect(await invoke('export:reveal', { path: 'C:\\Windows\\system32' }, 'app://renderer/index.html')).toMatchObject({ ok: false });
    expect(stub.opened).toEqual([]);
  });
});

describe('security policy', () => {
  test('navigation away from the app and new windows are blocked; web links open in the browser', () => {
    const contents = new StubWebContents();
    stub.module.app.emit('web-contents-created', {}, contents);
    const blocked = {
      prevented: false,
      preventDefault() {
        this.prevented = true;
      },
    };
    contents.emit('will-navigate', blocked, 'https://evil.example/');
    expect(blocked.prevented).toBe(true);
    const allowed = {
      prevented: false,
      preventDefault() {
        this.prevented = true;
      },
    };
    contents.emit('will-navigate', allowed, 'app://renderer/index.html');
    expect(allowed.prevented).toBe(false);
    expect(contents.windowOpenHandler?.({ url: 'https://start.stockholm/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    const sameSchemeOtherHost = {
      prevented: false,
      preventDefault() {
        this.prevented = true;
      },
    };
    contents.emit('will-navigate', sameSchemeOtherHost, 'app://elsewhere/index.html');
    expect(sameSchemeOtherHost.prevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'mailto:naringsliv@stockholm.se?subject=Rapport' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'ms-word:ofe|u|https://evil.example/a.docx' })).toEqual({ action: 'deny' });
    // Only the mail program gets a link: no web address, no other program, through the app.
    expect(stub.opened).toEqual(['mailto:naringsliv@stockholm.se?subject=Rapport']);
  });

  test('permission requests are denied', () => {
    const answers: boolean[] = [];
    stub.permissions.request?.({}, 'media', (granted: boolean) => answers.push(granted));
    expect(answers).toEqual([false]);
    expect(stub.permissions.check?.({}, 'notifications')).toBe(false);
  });

  test('the app:// protocol serves the built renderer with the CSP, and nothing else', async () => {
    // main.ts points at dist/renderer relative to the bundled dist/main/main.cjs; run from
    // source here, the same protocol code is pointed at the built renderer directly.
    const { serveRenderer } = await import('../../src-main/electron/protocol.ts');
    serveRenderer(RENDERER_FOLDER);
    const handler = stub.protocolState.handlers.get('app');
    if (!handler) throw new Error('no app:// handler');
    const page = await handler(new Request('app://renderer/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect((await handler(new Request('app://renderer/../../package.json'))).status).toBe(404);
    expect((await handler(new Request('app://renderer/%2e%2e/%2e%2e/package.json'))).status).toBe(404);
    expect((await handler(new Request('app://other/index.html'))).status).toBe(404);
    expect(stub.protocolState.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });
});
