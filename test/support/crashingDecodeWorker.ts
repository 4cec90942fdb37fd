/** A decode worker that dies on its first request: for DecodeWorkerPool's crash handling. */
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', () => {
  process.exit(3);
});
