import { describe, expect, it } from 'vitest';
import { ModelRefusedError } from '../../../electron/core/inference/models/ModelRefusedError';
import { refusalReasons } from '../../../renderer/src/quality/models/refusalReasons';

describe('refusalReasons', () => {
  it("lists each reason of ModelRefusedError's message, without the folder", () => {
    const error = new ModelRefusedError('/data/trained v2', [
      'grader.onnx: not an ONNX file (protobuf: index out of range)',
      'yolo.onnx: sha256 mismatch',
    ]);
    expect(refusalReasons(error.message)).toEqual([
      'grader.onnx: not an ONNX file (protobuf: index out of range)',
      'yolo.onnx: sha256 mismatch',
    ]);
    expect(refusalReasons(new ModelRefusedError('C:\\models', ['a.onnx: bad']).message)).toEqual(['a.onnx: bad']);
  });

  it('finds the reasons behind a prefix the job added, and keeps any other error whole', () => {
    expect(refusalReasons(`engine job failed: ${new ModelRefusedError('/m', ['a.onnx: bad']).message}`)).toEqual(['a.onnx: bad']);
    expect(refusalReasons('ENOENT: no such file or directory')).toEqual(['ENOENT: no such file or directory']);
  });
});
