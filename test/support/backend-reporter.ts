/**
 * A Vitest reporter that closes the run with one line per backend, counted from the
 * runner's own results: each test file runs in the project of its backend (see
 * vitest.config.ts), so a test's project is the backend it ran on.
 *
 *   backend kuzu: 512 passed, 0 failed, 0 skipped
 *   backend neo4j: 301 passed, 0 failed, 0 skipped
 */
import fs from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

export const BACKEND_PROJECTS = ['kuzu', 'neo4j'] as const;

export default class BackendReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const counts = new Map<string, { passed: number; failed: number; skipped: number }>();
    for (const name of BACKEND_PROJECTS) counts.set(name, { passed: 0, failed: 0, skipped: 0 });
    for (const m of modules) {
      const c = counts.get(m.project.name);
      if (!c) continue;
      let tests = 0;
      for (const t of m.children.allTests()) {
        tests++;
        const state = t.result().state;
        if (state === 'passed') c.passed++;
        else if (state === 'failed') c.failed++;
        else c.skipped++;
      }
      // A file that failed before any test was collected (a broken import, a failed set-up) counts once.
      if (tests === 0 && m.state() === 'failed') c.failed++;
    }
    const lines = [...counts].map(([name, c]) => `backend ${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
    process.stdout.write(`\n${lines.join('\n')}\n`);
    // .ci/run prints them again last, after the runner's own summary.
    const file = process.env.BACKEND_REPORT_FILE;
    if (file) fs.writeFileSync(file, `${lines.join('\n')}\n`);
  }
}
