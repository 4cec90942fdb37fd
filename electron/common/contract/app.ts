import { z } from 'zod';
import { defineDomain, method, type Infer } from './defineDomain';
import { Empty } from './schemaParts';

export const AppInfo = z.strictObject({
  version: z.string(),
  databasePath: z.string(),
  reader: z.string(),
  platform: z.string(),
  /** Which JPEG 2000 decoder the app uses: native OpenJPEG and its version, or WASM and why. */
  jpeg2000Decoder: z.string(),
});
export type AppInfo = Infer<typeof AppInfo>;

/** What the About box and the status bar show. */
export const appContract = defineDomain('app', {
  info: method(Empty, AppInfo),
});
