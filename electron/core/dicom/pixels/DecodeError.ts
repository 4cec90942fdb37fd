/**
 * Why a frame could not be decoded, naming the file. Every failure of the decode path — an
 * unreadable file, a truncated one, an unsupported or wrong transfer syntax, fragments that do
 * not add up, a codec error — surfaces as this error, never as garbage pixels.
 */
export class DecodeError extends Error {
  constructor(
    readonly filePath: string,
    readonly reason: string,
  ) {
    super(`${filePath}: ${reason}`);
    this.name = 'DecodeError';
  }
}

/** The message of whatever a codec threw (Errors, strings, Emscripten exception pointers). */
export function describeThrown(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
