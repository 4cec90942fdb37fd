import { defineConfig } from 'vitest/config';

/** Unit and integration tests: plain Node, real SQLite files, real DICOM files, real ONNX sessions. */
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
