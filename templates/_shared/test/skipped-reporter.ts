/**
 * Lists every skipped test with its reason at the end of `vitest run`, so a skip is never silent
 * (the reason is the skip note, or the name of the skipped suite, which says what it needs).
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SkippedReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const lines: string[] = [];
    for (const m of testModules) {
      for (const t of m.children.allTests()) {
        const r = t.result();
        if (r.state === 'skipped') lines.push(`  - ${t.fullName}${r.note ? `: ${r.note}` : ''}`);
      }
    }
    if (lines.length > 0) process.stdout.write(`\nSkipped (${lines.length}):\n${lines.join('\n')}\n`);
  }
}
