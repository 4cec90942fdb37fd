/**
 * Ultralytics writes its ONNX metadata as Python reprs (ultralytics/engine/exporter.py):
 * `names` = "{0: 'person', 1: 'bicycle'}", `imgsz` = "[640, 640]". These read exactly that
 * shape and refuse anything else with the reason.
 */
export function parseUltralyticsNames(text: string): string[] {
  const body = text.trim();
  if (!body.startsWith('{') || !body.endsWith('}')) throw new Error(`metadata "names" is not a Python dict: ${clip(body)}`);
  const entry = /\s*(\d+)\s*:\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*(,|$)/y;
  const inner = body.slice(1, -1);
  const names = new Map<number, string>();
  entry.lastIndex = 0;
  while (entry.lastIndex < inner.length) {
    const at = entry.lastIndex;
    const match = entry.exec(inner);
    if (!match) {
      if (inner.slice(at).trim() === '') break;
      throw new Error(`metadata "names" cannot be read at "${clip(inner.slice(at))}"`);
    }
    const raw = match[2] ?? match[3] ?? '';
    names.set(Number(match[1]), raw.replace(/\\(.)/g, '$1'));
    if (match[4] === '') break;
  }
  const result: string[] = [];
  for (let i = 0; i < names.size; i++) {
    const name = names.get(i);
    if (name === undefined) throw new Error(`metadata "names" has no class ${i} (ids must run 0..${names.size - 1})`);
    result.push(name);
  }
  return result;
}

export function parseUltralyticsImageSize(text: string): [number, number] {
  const match = /^\s*\[\s*(\d+)\s*,\s*(\d+)\s*\]\s*$/.exec(text);
  if (!match) throw new Error(`metadata "imgsz" is not "[h, w]": ${clip(text)}`);
  return [Number(match[1]), Number(match[2])];
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
