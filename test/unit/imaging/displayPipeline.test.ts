import { describe, expect, it } from 'vitest';
import {
  applyModalityLut,
  displayLut,
  minMaxWindow,
  renderGrayscale,
  toRgba,
  valueRange,
  windowPresets,
  type GrayscaleFrame,
} from '../../../electron/common/imaging';

describe('modality LUT (PS3.3 C.11.1.1.2)', () => {
  it('rescales stored values: m · SV + b', () => {
    expect(Array.from(applyModalityLut(Int16Array.from([-1000, 0, 24]), 1, -1024))).toEqual([-2024, -1024, -1000]);
    expect(Array.from(applyModalityLut([2, 4], 0.5, 1.5))).toEqual([2.5, 3.5]);
  });
});

describe('window presets', () => {
  it('offers each header window in order, labelled by the explanation, then the full range', () => {
    const presets = windowPresets(
      { windowCenter: [40, 400], windowWidth: [400, 1800], windowExplanation: ['SOFT', 'BONE'] },
      { min: -1024, max: 3071 },
    );
    expect(presets.map((p) => [p.label, p.center, p.width, p.source])).toEqual([
      ['SOFT', 40, 400, 'file'],
      ['BONE', 400, 1800, 'file'],
      ['Full range', -1024 + 4096 / 2, 4096, 'minmax'],
    ]);
  });

  it('skips windows with a non-positive width and labels unexplained ones', () => {
    const presets = windowPresets({ windowCenter: [10, 20], windowWidth: [0, 50] }, null);
    expect(presets).toEqual([{ center: 20, width: 50, label: 'Window 2', source: 'file' }]);
  });

  it('the min/max window maps the minimum to black and the maximum to white', () => {
    const window = minMaxWindow(100, 1123);
    const out = renderGrayscale(
      {
        pixels: Uint16Array.from([100, 1123, 611]),
        bitsStored: 12,
        pixelRepresentation: 0,
        photometricInterpretation: 'MONOCHROME2',
        rescaleSlope: 1,
        rescaleIntercept: 0,
      },
      { window },
    );
    expect(Array.from(out)).toEqual([0, 255, Math.round((511 / 1023) * 255)]);
    expect(valueRange(Int16Array.from([5, -3, 9]))).toEqual({ min: -3, max: 9 });
  });
});

describe('display pipeline (PS3.4 N.2: modality → VOI → presentation)', () => {
  const ct: Omit<GrayscaleFrame, 'pixels'> = {
    bitsStored: 16,
    pixelRepresentation: 1,
    photometricInterpretation: 'MONOCHROME2',
    rescaleSlope: 1,
    rescaleIntercept: -1024,
  };

  it('applies the rescale before the window', () => {
    // Stored 1064 is 40 HU: the centre of a 40/400 window.
    const out = renderGrayscale({ ...ct, pixels: Int16Array.from([1064, 824, 1264, -2000]) }, { window: { center: 40, width: 400 } });
    expect(Array.from(out)).toEqual([Math.round(((40 - 39.5) / 399 + 0.5) * 255), 0, 255, 0]);
  });

  it('inverts MONOCHROME1 so its minimum is white (PS3.3 C.7.6.3.1.2)', () => {
    const mono1: Omit<GrayscaleFrame, 'pixels'> = {
      bitsStored: 12,
      pixelRepresentation: 0,
      photometricInterpretation: 'MONOCHROME1',
      rescaleSlope: 1,
      rescaleIntercept: 0,
    };
    const window = { center: 2048, width: 4096 };
    const out = renderGrayscale({ ...mono1, pixels: Uint16Array.from([0, 4095]) }, { window });
    expect(Array.from(out)).toEqual([255, 0]);
    expect(Array.from(renderGrayscale({ ...mono1, pixels: Uint16Array.from([0, 4095]) }, { window, invert: false }))).toEqual([0, 255]);
  });

  it('builds one table entry per possible stored value, offset for signed data', () => {
    const { table, offset } = displayLut({ ...ct, bitsStored: 12 }, { window: { center: -1024, width: 4096 } });
    expect(table.length).toBe(4096);
    expect(offset).toBe(-2048);
  });

  it('turns grey and RGB display values into RGBA', () => {
    expect(Array.from(toRgba(Uint8Array.from([7, 9]), 1))).toEqual([7, 7, 7, 255, 9, 9, 9, 255]);
    expect(Array.from(toRgba(Uint8Array.from([1, 2, 3]), 3))).toEqual([1, 2, 3, 255]);
  });
});
