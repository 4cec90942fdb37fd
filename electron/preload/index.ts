import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_NAMES, METHOD_NAMES, spineApiOf, type EventName, type EventPayloads, type SpineApi } from '../common/contract';

/**
 * `window.spine`: exactly the methods of the contract, `spine.<domain>.<verb>` each bound to its
 * one channel (spineApiOf, from the declarations). The renderer cannot name a channel itself,
 * and can only listen to the contract's events.
 */
const api = {
  ...(spineApiOf(METHOD_NAMES, (channel, request) => ipcRenderer.invoke(channel, request)) as unknown as Omit<SpineApi, 'on'>),
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
    if (!EVENT_NAMES.includes(event)) throw new Error(`unknown event "${event}"`);
    const wrapped = (_event: IpcRendererEvent, payload: EventPayloads[E]): void => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => ipcRenderer.removeListener(event, wrapped);
  },
} satisfies SpineApi;

contextBridge.exposeInMainWorld('spine', api);
