/**
 * The reasons of a refused import, one per model file, from the job's error: ModelRefusedError's
 * message is "model refused: <folder>: <reason>; <reason>…" (importModelFolder.ts).
 * "model refused: /dir: a.onnx: bad; b.onnx: worse" → ["a.onnx: bad", "b.onnx: worse"].
 */
export function refusalReasons(error: string): string[] {
  const marker = 'model refused: ';
  const at = error.indexOf(marker);
  const body = at >= 0 ? error.slice(at + marker.length) : error;
  const cut = body.indexOf(': ');
  const reasons = cut > 0 && /^([A-Za-z]:)?[\\/]/.test(body) ? body.slice(cut + 2) : body;
  return reasons.split('; ').filter((r) => r.trim().length > 0);
}
