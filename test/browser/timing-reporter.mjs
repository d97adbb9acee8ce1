// A web-test-runner reporter that prints the wall seconds of each test file in each browser, from
// the moment its page starts loading to the moment the runner has closed it, the slowest first.
// On when TEST_TIMINGS is set (`TEST_TIMINGS=1 npm run test:browser`); TEST_TIMINGS=<file>.json
// also writes the numbers, with the milliseconds of each test, to that file.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/** @returns {import('@web/test-runner').Reporter} */
export function timingReporter({ setting = process.env.TEST_TIMINGS } = {}) {
  const started = new Map();
  const rows = [];
  let runStart = 0;
  return {
    start({ sessions, startTime }) {
      if (!setting) return;
      runStart = startTime;
      sessions.on('session-status-updated', (session) => {
        const key = `${session.id}`;
        if (session.status === 'INITIALIZING') started.set(key, Date.now());
        if (session.status !== 'FINISHED') return;
        // The first files may start before the reporter does: they count from the start of the run.
        if (!started.has(key)) started.set(key, runStart);
        const tests = [];
        const walk = (suite, prefix) => {
          for (const test of suite?.tests ?? []) tests.push({ name: `${prefix}${test.name}`, ms: test.duration ?? 0 });
          for (const child of suite?.suites ?? []) walk(child, `${prefix}${child.name} › `);
        };
        walk(session.testResults, '');
        rows.push({
          file: relative(process.cwd(), session.testFile),
          browser: session.browser.name,
          seconds: (Date.now() - started.get(key)) / 1000,
          begin: (started.get(key) - runStart) / 1000,
          tests: tests.sort((a, b) => b.ms - a.ms),
        });
        started.delete(key);
      });
    },
    stop() {
      if (!setting || rows.length === 0) return;
      const browsers = [...new Set(rows.map((row) => row.browser))].sort();
      const files = [...new Set(rows.map((row) => row.file))];
      const seconds = (file, browser) => rows.find((row) => row.file === file && row.browser === browser)?.seconds;
      const total = (file) => browsers.reduce((sum, browser) => sum + (seconds(file, browser) ?? 0), 0);
      files.sort((a, b) => total(b) - total(a));
      const lines = [`Seconds per test file: ${browsers.join(' | ')}`];
      for (const file of files)
        lines.push(`${browsers.map((b) => (seconds(file, b)?.toFixed(1) ?? '-').padStart(6)).join(' ')}  ${file}`);
      for (const browser of browsers) {
        const own = rows.filter((row) => row.browser === browser);
        const sum = own.reduce((acc, row) => acc + row.seconds, 0);
        const end = Math.max(...own.map((row) => row.begin + row.seconds));
        lines.push(
          `${browser}: ${sum.toFixed(1)} s in its files, last file closed ${end.toFixed(1)} s after the start`,
        );
      }
      const { user, system } = process.cpuUsage();
      lines.push(
        `the test runner's own process (server, transforms, drivers): ${((user + system) / 1e6).toFixed(1)} s of CPU`,
      );
      console.log(lines.join('\n'));
      if (setting.endsWith('.json')) writeFileSync(setting, `${JSON.stringify(rows, null, 2)}\n`);
    },
  };
}
