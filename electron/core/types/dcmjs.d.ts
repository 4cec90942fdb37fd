/** The few parts of dcmjs (which ships no types) that Spine Review uses to write DICOM. */
declare module 'dcmjs' {
  export interface DicomDictInstance {
    dict: Record<string, unknown>;
    write(options?: { fragmentMultiframe?: boolean; allowInvalidVRLength?: boolean }): ArrayBuffer;
  }
  const dcmjs: {
    data: {
      DicomDict: new (meta: Record<string, unknown>) => DicomDictInstance;
      DicomMetaDictionary: {
        denaturalizeDataset(dataset: Record<string, unknown>): Record<string, unknown>;
        naturalizeDataset(dataset: Record<string, unknown>): Record<string, unknown>;
        uid(): string;
      };
      DicomMessage: {
        readFile(buffer: ArrayBuffer, options?: Record<string, unknown>): { meta: Record<string, unknown>; dict: Record<string, unknown> };
      };
    };
  };
  export default dcmjs;
}
