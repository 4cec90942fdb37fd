/** Errors whose `code` survives IPC (see ipc/dispatch.ts) so the UI can tell them apart. */
export class NotFoundError extends Error {
  readonly code = 'not-found';
  override readonly name = 'NotFoundError';
}

export class ConflictError extends Error {
  readonly code = 'conflict';
  override readonly name = 'ConflictError';
}
