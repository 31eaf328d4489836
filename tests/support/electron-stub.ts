// A stand-in for Electron's own API, for the one thing that cannot run here: the Electron
// binary. It records what the main process asks of Electron so the tests can check the
// security settings, the IPC checks and the close handshake of the real main-process code.
import { EventEmitter } from 'node:events';

type Listener = (...args: unknown[]) => unknown;

export class StubWebContents extends EventEmitter {
  readonly sent: string[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly session = { setSpellCheckerLanguages: (_languages: string[]) => undefined };
  send(channel: string): void {
    this.sent.push(channel);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export class StubBrowserWindow extends EventEmitter {
  static instances: StubBrowserWindow[] = [];
  readonly webContents = new StubWebContents();
  loadedUrl = '';
  closed = false;
  focused = false;
  constructor(readonly options: { webPreferences: Record<string, unknown> }) {
    super();
    StubBrowserWindow.instances.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show(): void {}
  focus(): void {
    this.focused = true;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  close(): void {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit('close', event);
    if (!event.defaultPrevented) this.closed = true;
  }
}

export function createElectronStub(options: { gotLock: boolean }) {
  const app = Object.assign(new EventEmitter(), {
    getVersion: () => '0.1.0',
    quitCalls: 0,
    requestSingleInstanceLock: () => options.gotLock,
    setName: (_name: string) => undefined,
    getPath: (name: string) => `/home/kontakt/${name}`,
    whenReady: () => Promise.resolve(),
    quit: () => {
      app.quitCalls += 1;
    },
  });
  const ipcHandlers = new Map<string, Listener>();
  const ipcMain = Object.assign(new EventEmitter(), {
    handle: (channel: string, handler: Listener) => ipcHandlers.set(channel, handler),
  });
  const protocolState: { schemes: unknown[]; handlers: Map<string, (request: Request) => Promise<Response>> } = { schemes: [], handlers: new Map() };
  const protocol = {
    registerSchemesAsPrivileged: (schemes: unknown[]) => protocolState.schemes.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => protocolState.handlers.set(scheme, handler),
  };
  const permissions: { request?: Listener; check?: Listener } = {};
  const certificates: { verify?: Listener } = {};
  const session = {
    defaultSession: {
      setPermissionRequestHandler: (handler: Listener) => (permissions.request = handler),
      setPermissionCheckHandler: (handler: Listener) => (permissions.check = handler),
      setCertificateVerifyProc: (handler: Listener) => (certificates.verify = handler),
    },
  };
  // The operating system's protection for the user: a reversible stand-in that is not plain text.
  const safeStorage = {
    isEncryptionAvailable: () => true,
    encryptString: (text: string) => Buffer.from(`skyddad:${Buffer.from(text).toString('hex')}`),
    decryptString: (bytes: Buffer) => Buffer.from(bytes.toString().replace(/^skyddad:/, ''), 'hex').toString(),
  };
  // Chromium's network stack: the tests ask Node's fetch in its place.
  const net = { fetch: (url: string, init: RequestInit) => fetch(url, init), isOnline: () => true };
  const menu: { template?: unknown[] } = {};
  const Menu = {
    buildFromTemplate: (template: unknown[]) => ({ template }),
    setApplicationMenu: (built: { template: unknown[] }) => (menu.template = built.template),
  };
  const opened: string[] = [];
  const shell = {
    openExternal: async (url: string) => void opened.push(url),
    openPath: async (path: string) => (opened.push(path), ''),
    showItemInFolder: (path: string) => opened.push(`folder:${path}`),
  };
  const saveDialog: { options?: { defaultPath?: string; filters?: unknown[] }; answer: { canceled: boolean; filePath?: string } } = {
    answer: { canceled: true },
  };
  const clipboard = { text: '', writeText: async (text: string) => void (clipboard.text = text) };
  const messages: unknown[] = [];
  const dialog = {
    showMessageBox: async (options: unknown) => (messages.push(options), { response: 0 }),
    showSaveDialog: async (...args: unknown[]) => {
      saveDialog.options = args[args.length - 1] as typeof saveDialog.options;
      return saveDialog.answer;
    },
  };
  const powerMonitor = new EventEmitter();
  return {
    module: { app, BrowserWindow: StubBrowserWindow, clipboard, dialog, ipcMain, Menu, net, powerMonitor, protocol, safeStorage, session, shell },
    clipboard,
    messages,
    certificates,
    powerMonitor,
    ipcHandlers,
    protocolState,
    permissions,
    opened,
    menu,
    saveDialog,
  };
}

export type ElectronStub = ReturnType<typeof createElectronStub>;
