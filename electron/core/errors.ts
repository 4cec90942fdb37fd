/** Errors whose `code` survives IPC (see ipc/dispatch.ts) so the UI can tell them apart. */
export class NotFoundError extends Error {
  readonly code = 'not-found';
  override readonly name = 'NotFoundError';
}

export class ConflictError extends Error {
  readonly code = 'conflict';
  override readonly name = 'ConflictError';
}

/** A request naming something the caller was never granted (issue 13: a folder handle unknown, or granted for another purpose). */
export class ForbiddenError extends Error {
  readonly code = 'forbidden';
  override readonly name = 'ForbiddenError';
}
