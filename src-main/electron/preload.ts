// The renderer's only door to the main process: one object, `window.bridge`, with one
// function per call in the contract and the flush hook. No ipcRenderer, no Node.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, FLUSH_DONE_CHANNEL, FLUSH_REQUEST_CHANNEL } from '../ipc/channels.ts';
import type { BridgeApi } from '../ipc/contract.ts';

// One function per channel; contract.ts proves CHANNELS lists exactly the contract's calls,
// and main validates every input, so the looser type of the generated map is safe here.
const calls = Object.fromEntries(CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)])) as Omit<
  BridgeApi,
  'onFlushRequest'
>;

const bridge: BridgeApi = {
  ...calls,
  onFlushRequest(handler: () => Promise<void>): void {
    ipcRenderer.on(FLUSH_REQUEST_CHANNEL, () => {
      handler()
        .catch(() => undefined)
        .finally(() => ipcRenderer.send(FLUSH_DONE_CHANNEL));
    });
  },
};

contextBridge.exposeInMainWorld('bridge', bridge);
