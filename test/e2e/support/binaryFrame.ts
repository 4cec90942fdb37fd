/** Encodes a message as one binary WebSocket frame, and back. */
export interface FrameCodec {
  encode(message: unknown): Uint8Array;
  decode(frame: Uint8Array): unknown;
}

/**
 * The harness's wire format, the same on both ends of its loopback socket: one binary frame per
 * message, [uint32 LE length of the header][header: UTF-8 JSON][the ArrayBuffers' bytes, one after
 * another]. Each ArrayBuffer anywhere in the message is `{"__buffer": index}` in the JSON, and
 * the header's `buffers` holds its [offset, length] in the bytes after the header; decoding gives
 * each one back as its own ArrayBuffer, as Electron's structured clone would (plain objects,
 * ArrayBuffers). The rest is JSON, as the contract's values are (no Dates, Maps or typed arrays).
 *
 * A factory with no reference outside its own body, because the page cannot import modules: the
 * harness ships it to the page as source (String(createFrameCodec)) inside the init script
 * (pageBridge.ts), and Node calls it directly, so both ends run the same code. Keep it so: only
 * globals that Node and Chromium both have (TextEncoder, TextDecoder, DataView, JSON).
 */
export function createFrameCodec(): FrameCodec {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  const encode = (message: unknown): Uint8Array => {
    const buffers: ArrayBuffer[] = [];
    const json = JSON.stringify(message, function (this: Record<string, unknown>, key: string, value: unknown) {
      if (value instanceof ArrayBuffer) {
        buffers.push(value);
        return { __buffer: buffers.length - 1 };
      }
      // Looked up on the holder: JSON.stringify has already turned a Node Buffer into {type, data}.
      const original = this[key];
      if (ArrayBuffer.isView(original))
        throw new TypeError(`"${key}" is a ${original.constructor.name}: the contract carries ArrayBuffers, send the buffer itself`);
      return value;
    });
    const table: [number, number][] = [];
    let bytes = 0;
    for (const buffer of buffers) {
      table.push([bytes, buffer.byteLength]);
      bytes += buffer.byteLength;
    }
    const header = encoder.encode(`{"buffers":${JSON.stringify(table)},"message":${json}}`);
    const frame = new Uint8Array(4 + header.byteLength + bytes);
    new DataView(frame.buffer).setUint32(0, header.byteLength, true);
    frame.set(header, 4);
    const base = 4 + header.byteLength;
    buffers.forEach((buffer, index) => frame.set(new Uint8Array(buffer), base + (table[index] as [number, number])[0]));
    return frame;
  };

  const decode = (frame: Uint8Array): unknown => {
    const headerLength = new DataView(frame.buffer, frame.byteOffset, frame.byteLength).getUint32(0, true);
    const base = 4 + headerLength;
    const header = JSON.parse(decoder.decode(frame.subarray(4, base))) as { buffers: [number, number][]; message: unknown };
    if (header.buffers.length === 0) return header.message;
    const isPlaceholder = (value: unknown): value is { __buffer: number } =>
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      Object.keys(value).length === 1 &&
      typeof (value as { __buffer?: unknown }).__buffer === 'number';
    // A copy of each buffer's bytes, exactly its length (what a structured clone gives).
    const buffer = (index: number): ArrayBuffer => {
      const entry = header.buffers[index];
      if (!entry) throw new RangeError(`frame has no buffer ${index}`);
      const start = frame.byteOffset + base + entry[0];
      // ArrayBuffer#slice copies (a Node Buffer's own slice would be a view into its pool).
      return frame.buffer.slice(start, start + entry[1]) as ArrayBuffer;
    };
    const revive = (value: unknown): unknown => {
      if (isPlaceholder(value)) return buffer(value.__buffer);
      if (typeof value === 'object' && value !== null) {
        for (const key of Object.keys(value)) {
          const item = (value as Record<string, unknown>)[key];
          const revived = revive(item);
          // defineProperty, not assignment: a JSON key "__proto__" must stay a plain property.
          if (revived !== item) Object.defineProperty(value, key, { value: revived, enumerable: true, writable: true, configurable: true });
        }
      }
      return value;
    };
    return revive(header.message);
  };

  return { encode, decode };
}
