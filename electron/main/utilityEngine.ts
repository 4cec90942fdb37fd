import { utilityProcess } from 'electron';
import type { EngineTransport } from '../core/engine/EngineHost';
import type { FromEngineMessage } from '../core/engine/protocol';

/** The engine as an Electron utilityProcess (a Node process Electron manages; no window, no renderer). */
export function spawnUtilityEngine(entry: string): EngineTransport {
  const child = utilityProcess.fork(entry, [], { serviceName: 'Spine Review engine', stdio: 'inherit' });
  return {
    send: (message) => child.postMessage(message),
    onMessage: (listener) => child.on('message', (message: unknown) => listener(message as FromEngineMessage)),
    onExit: (listener) => child.on('exit', (code: number) => listener(`exited with code ${code}`)),
    kill: () => {
      child.kill();
    },
  };
}
