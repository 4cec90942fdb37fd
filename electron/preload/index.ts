import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_NAMES, type EventName, type EventPayloads } from '../common/contract/events';
import { API_CHANNELS, type SpineApi } from '../common/contract/spineApi';

/**
 * `window.spine`: exactly the methods of the contract, each bound to its one channel. The
 * renderer cannot name a channel itself, and can only listen to the contract's events.
 */
function invoker(channel: string) {
  return (request: unknown) => ipcRenderer.invoke(channel, request);
}

const methods = Object.fromEntries(Object.entries(API_CHANNELS).map(([name, channel]) => [name, invoker(channel)]));

const api = {
  ...(methods as Omit<SpineApi, 'on'>),
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
    if (!EVENT_NAMES.includes(event)) throw new Error(`unknown event "${event}"`);
    const wrapped = (_event: IpcRendererEvent, payload: EventPayloads[E]): void => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => ipcRenderer.removeListener(event, wrapped);
  },
} satisfies SpineApi;

contextBridge.exposeInMainWorld('spine', api);
