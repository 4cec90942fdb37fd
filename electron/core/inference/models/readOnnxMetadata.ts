import protobuf from 'protobufjs';

/**
 * The parts of an ONNX ModelProto we read without running it (onnx/onnx.proto: ir_version = 1,
 * producer_name = 2, metadata_props = 14 of StringStringEntryProto {key = 1, value = 2}). Other
 * fields, the graph included, are skipped by length. onnxruntime-node does not expose the
 * custom metadata, and Ultralytics keeps the class names there (`names`, `imgsz`, `stride`,
 * `task`).
 */
const StringStringEntry = new protobuf.Type('StringStringEntryProto')
  .add(new protobuf.Field('key', 1, 'string'))
  .add(new protobuf.Field('value', 2, 'string'));
const ModelHeader = new protobuf.Type('ModelProto')
  .add(new protobuf.Field('irVersion', 1, 'int64'))
  .add(new protobuf.Field('producerName', 2, 'string'))
  .add(new protobuf.Field('metadataProps', 14, 'StringStringEntryProto', 'repeated'));
new protobuf.Root().add(StringStringEntry).add(ModelHeader);

export interface OnnxHeader {
  readonly irVersion: number;
  readonly producerName: string;
  readonly metadata: ReadonlyMap<string, string>;
}

/** Throws with the reason when the bytes are not a protobuf ModelProto. */
export function readOnnxMetadata(bytes: Uint8Array): OnnxHeader {
  const decoded = ModelHeader.toObject(ModelHeader.decode(bytes), { longs: Number, defaults: true }) as {
    irVersion: number;
    producerName: string;
    metadataProps: { key: string; value: string }[];
  };
  if (!(decoded.irVersion > 0)) throw new Error('no ONNX ir_version: not an ONNX model');
  return {
    irVersion: decoded.irVersion,
    producerName: decoded.producerName,
    metadata: new Map(decoded.metadataProps.map((p) => [p.key, p.value])),
  };
}
