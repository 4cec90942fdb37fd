import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatFloat } from '../../../electron/core/rsna/formatRsnaCsv';

const SAMPLES = [
  0,
  1,
  145,
  -3,
  0.1,
  1e-5,
  1.5e-7,
  0.0001,
  0.00012345,
  322.8316831683168,
  300.00000000000006,
  1e15,
  1e16,
  1.234e17,
  5e-324,
  123456789012345.6,
  2 ** 53,
];

describe('formatFloat', () => {
  it("writes every value exactly as CPython's repr does", () => {
    const python = execFileSync(
      '/usr/bin/python3',
      ['-c', `import sys\nfor v in sys.argv[1:]: print(repr(float(v)))`, ...SAMPLES.map((v) => v.toExponential())],
      {
        encoding: 'utf8',
      },
    )
      .trim()
      .split('\n');
    expect(SAMPLES.map(formatFloat)).toEqual(python);
  });

  it('reads back to the same double', () => {
    for (const value of SAMPLES) expect(Number(formatFloat(value))).toBe(value);
  });
});
