/**
 * `npx tsx scripts/wrapCodestream.ts <source.dcm> <transfer syntax UID> <out.dcm> <frame.j2c>...`:
 * puts codestreams made by an external encoder (OpenJPH's ojph_compress for HTJ2K, which
 * gdcmconv and dcmtk cannot write) into a copy of the source file as encapsulated pixel data,
 * one fragment per frame with a basic offset table (PS3.5 A.4). Only the wrapping is ours;
 * the compressed bits are the encoder's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import dcmjs from 'dcmjs';

const [sourcePath, transferSyntaxUid, outPath, ...framePaths] = process.argv.slice(2);
if (!sourcePath || !transferSyntaxUid || !outPath || framePaths.length === 0) {
  throw new Error('usage: wrapCodestream.ts <source.dcm> <transfer syntax UID> <out.dcm> <frame>...');
}
const source = readFileSync(sourcePath);
const message = dcmjs.data.DicomMessage.readFile(source.buffer.slice(source.byteOffset, source.byteOffset + source.byteLength));
const meta = message.meta as Record<string, { vr: string; Value: unknown[] }>;
const dict = message.dict as Record<string, { vr: string; Value: unknown[] }>;
meta['00020010'] = { vr: 'UI', Value: [transferSyntaxUid] };
dict['7FE00010'] = {
  vr: 'OB',
  Value: framePaths.map((path) => {
    const bytes = readFileSync(path);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }),
};
const out = new dcmjs.data.DicomDict(meta);
out.dict = dict;
writeFileSync(outPath, Buffer.from(out.write({ fragmentMultiframe: false })));
