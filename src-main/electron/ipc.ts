// Registers every call of the contract with ipcMain. Each handler checks that the call comes
// from the app's own page, then hands the raw input to dispatch(), which validates it.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type Handlers } from '../ipc/contract.ts';
import { dispatch } from '../ipc/dispatch.ts';
import { isAppUrl } from './protocol.ts';

export function registerIpc(handlers: Handlers): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isAppUrl(event.senderFrame?.url ?? '')) {
        return { ok: false, error: { name: 'AppError', code: 'invalid-request', message: 'Anropet kom inte från appen.' } };
      }
      return dispatch(handlers, channel, input);
    });
  }
}
