/**
 * Why a frame could not be decoded, naming the file. Every failure of the decode path — an
 * unreadable file, a truncated one, an unsupported or wrong transfer syntax, fragments that do
 * not add up, a codec error — surfaces as this error, never as garbage pixels.
 */
export class DecodeError extends Error {
  constructor(
    readonly filePath: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${filePath}: ${reason}`, options);
    this.name = 'DecodeError';
  }
}

/** The message of whatever a codec threw (Errors, strings, Emscripten exception pointers). */
export function describeThrown(error: unknown): string {
  if (error instanceof Error) return error.message;
  // dicom-parser's parseDicom throws a plain object { exception, dataSet } around the real error.
  if (typeof error === 'object' && error !== null && 'exception' in error)
    return describeThrown((error as { exception: unknown }).exception);
  return String(error);
}

/**
 * Whether a codec's WebAssembly instance aborted (trap, out of memory): an Emscripten module is
 * unusable afterwards, so a worker that saw one should be replaced.
 */
export function isWasmAbort(error: unknown): boolean {
  const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
  // WebAssembly.RuntimeError (a trap) or Emscripten's abort() error, "Aborted(...)".
  return cause instanceof Error && (cause.name === 'RuntimeError' || /^Aborted\(/.test(cause.message));
}
