import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES, type Handlers } from '../common/contract';
import { dispatch } from '../workspace/dispatch';
import { appRendererEntry } from './rendererEntry';
import { isTrustedRendererUrl, type RendererEntry } from './trustedUrl';

/**
 * Registers the handler table on ipcMain, one channel per contract method. Each call is checked
 * to come from our own renderer frame before its argument is validated and dispatched.
 */
export function registerIpc(handlers: Handlers, entry: RendererEntry = appRendererEntry()): void {
  for (const channel of METHOD_NAMES) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, request: unknown) => {
      const url = event.senderFrame?.url;
      if (!url || !isTrustedRendererUrl(url, entry)) {
        return { ok: false, error: { code: 'forbidden', message: `${channel}: sender ${url ?? '(gone)'} is not the app` } };
      }
      return dispatch(handlers, channel, request);
    });
  }
}
