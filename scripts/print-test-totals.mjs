#!/usr/bin/env node
// Prints one closing line with the totals of every test run that wrote a report under
// test-results/ (vitest JSON reports, pytest JUnit XML): "tests: N passed, N failed, N skipped".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'test-results';
let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(dir)) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = entry.name;
    const text = readFileSync(join(dir, file), 'utf8');
    if (file.endsWith('.json')) {
      const report = JSON.parse(text);
      passed += report.numPassedTests ?? 0;
      failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
      skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    } else if (file.endsWith('.xml')) {
      for (const match of text.matchAll(/<testsuite\b[^>]*>/g)) {
        const attr = (name) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(match[0])?.[1] ?? 0);
        failed += attr('failures') + attr('errors');
        skipped += attr('skipped');
        passed += attr('tests') - attr('failures') - attr('errors') - attr('skipped');
      }
    }
  }
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
