/**
 * A model that will not be used, with every reason found (hash mismatch, wrong interface, not an
 * ONNX file...). `file` is the model file or manifest the reasons are about.
 */
export class ModelRefusedError extends Error {
  constructor(
    readonly file: string,
    readonly reasons: readonly string[],
  ) {
    super(`model refused: ${file}: ${reasons.join('; ')}`);
    this.name = 'ModelRefusedError';
  }
}
