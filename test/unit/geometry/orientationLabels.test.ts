import { describe, expect, it } from 'vitest';
import { directionLabel, orientationLabels } from '../../../electron/common/geometry';
import { rotate } from './geometryCases';

describe('orientation labels', () => {
  it('labels a standard axial image: patient right on the screen left, anterior at the top', () => {
    expect(orientationLabels([1, 0, 0], [0, 1, 0])).toEqual({ right: 'L', left: 'R', bottom: 'P', top: 'A' });
  });

  it('labels a standard sagittal image: anterior on the left, superior at the top', () => {
    expect(orientationLabels([0, 1, 0], [0, 0, -1])).toEqual({ right: 'P', left: 'A', bottom: 'I', top: 'S' });
  });

  it('labels a standard coronal image', () => {
    expect(orientationLabels([1, 0, 0], [0, 0, -1])).toEqual({ right: 'L', left: 'R', bottom: 'I', top: 'S' });
  });

  it('combines letters for an oblique image, the strongest first', () => {
    // Axial rotated 30° about z: the row direction is mostly left, partly posterior.
    const row = rotate([1, 0, 0], [0, 0, 1], 30);
    const column = rotate([0, 1, 0], [0, 0, 1], 30);
    expect(orientationLabels(row, column)).toEqual({ right: 'LP', left: 'RA', bottom: 'PR', top: 'AL' });
    expect(directionLabel([0.5, -0.3, 0.81])).toBe('SLA');
  });

  it('hides tilts below the threshold', () => {
    const row = rotate([0, 1, 0], [1, 0, 0], 3);
    expect(directionLabel(row)).toBe('PS');
    expect(directionLabel(row, 0.1)).toBe('P');
  });
});
