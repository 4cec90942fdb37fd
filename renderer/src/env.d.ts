import type { SpineApi } from '../../electron/common/contract';

declare global {
  interface Window {
    /** Exposed by the preload (and by the end-to-end harness in its place). */
    readonly spine: SpineApi;
  }
}
