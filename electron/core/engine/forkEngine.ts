import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { EngineTransport } from './EngineHost';
import type { FromEngineMessage } from './protocol';

/**
 * Starts the engine as a Node child process (CLI and tests). From a source checkout the entry
 * is TypeScript, run through tsx; a built entry (.js) runs as is.
 */
export function forkEngine(entry: string = fileURLToPath(new URL('./engineMain.ts', import.meta.url))): EngineTransport {
  const child = fork(entry, [], {
    execArgv: entry.endsWith('.ts') ? ['--import', 'tsx'] : [],
    // Structured clone over the channel, so typed arrays and Maps survive (Node child_process docs).
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return {
    send: (message) => {
      if (child.connected) child.send(message);
    },
    onMessage: (listener) => child.on('message', (message) => listener(message as FromEngineMessage)),
    onExit: (listener) =>
      child.on('exit', (code, signal) => listener(signal ? `killed by ${signal}` : `exited with code ${code ?? 'unknown'}`)),
    kill: () => {
      child.kill();
    },
  };
}
