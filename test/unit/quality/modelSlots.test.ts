import { describe, expect, it } from 'vitest';
import type { ModelListEntry } from '../../../electron/common/contract';
import { chosenModelIds, modelSlots, slotKey } from '../../../renderer/src/quality/run/modelSlots';

const model = (id: string, kind: string, condition: string, isDefault: boolean): ModelListEntry => ({
  id,
  kind,
  condition,
  version: id.split('-').at(-1) ?? '',
  sha256: '0'.repeat(64),
  source: 'test',
  metrics: {},
  card: null,
  isDefault,
});

const MODELS = [
  model('yolo-spinal-v1', 'yolov8-detect', 'spinal', true),
  model('dsn-spinal-v1', 'deepscorenet-grade', 'spinal', true),
  model('dsn-spinal-v2', 'deepscorenet-grade', 'spinal', false),
  model('yolo-foraminal-v1', 'yolov8-detect', 'foraminal', true),
  model('dsn-foraminal-v1', 'deepscorenet-grade', 'foraminal', true),
];

describe('modelSlots', () => {
  it('has the six choices of a run, each with its versions and default', () => {
    const slots = modelSlots(MODELS);
    expect(slots.map(slotKey)).toEqual([
      'yolov8-detect:spinal',
      'deepscorenet-grade:spinal',
      'yolov8-detect:foraminal',
      'deepscorenet-grade:foraminal',
      'yolov8-detect:subarticular',
      'deepscorenet-grade:subarticular',
    ]);
    expect(slots[1]).toMatchObject({ defaultId: 'dsn-spinal-v1' });
    expect(slots[1]?.models.map((m) => m.id)).toEqual(['dsn-spinal-v1', 'dsn-spinal-v2']);
    expect(slots[4]).toMatchObject({ models: [], defaultId: null });
  });

  it('sends no ids while every choice is the default, and one per filled slot once one is changed', () => {
    const slots = modelSlots(MODELS);
    expect(chosenModelIds(slots, new Map())).toBeUndefined();
    expect(chosenModelIds(slots, new Map([['deepscorenet-grade:spinal', 'dsn-spinal-v1']]))).toBeUndefined();
    expect(chosenModelIds(slots, new Map([['deepscorenet-grade:spinal', 'dsn-spinal-v2']]))).toEqual([
      'yolo-spinal-v1',
      'dsn-spinal-v2',
      'yolo-foraminal-v1',
      'dsn-foraminal-v1',
    ]);
  });
});
