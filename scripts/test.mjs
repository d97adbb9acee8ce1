// `npm test`: checks that the browsers are there, builds unless dist/ is up to date
// (scripts/build-if-stale.mjs), then runs the Node tests and the browser tests at the same time:
// the browser tests spend much of their time waiting on the browsers, which leaves a core for the
// Node tests. The browser tests' output is shown as it comes; the Node tests' output after it, so
// the two do not interleave. Fails if either fails. Each part's wall time is printed at the end.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = process.execPath;

function runSync(args) {
  const result = spawnSync(node, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

runSync(['scripts/check-browsers.mjs']);
runSync(['scripts/build-if-stale.mjs']);
// The browser tests import src/generated/ (the build wrote it, but a build may have been skipped).
runSync(['scripts/generate.mjs']);

/** Runs `args` with Node; resolves with its exit code, its output (when `capture`) and its seconds. */
function run(args, { capture = false } = {}) {
  const started = performance.now();
  const child = spawn(node, args, { cwd: root, stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  const output = [];
  if (capture) {
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
  }
  return new Promise((resolve) => {
    child.on('close', (code, signal) =>
      resolve({
        code: code ?? (signal ? 1 : 0),
        output: Buffer.concat(output),
        seconds: (performance.now() - started) / 1000,
      }),
    );
  });
}

// Node's test reporter for a terminal is "spec", elsewhere TAP: keep the one `node --test` would choose here.
const nodeReporter = process.stdout.isTTY ? ['--test-reporter=spec'] : [];
const [nodeTests, browserTests] = await Promise.all([
  run(['--test', ...nodeReporter, 'test/node/'], { capture: true }),
  run(['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs']),
]);

process.stdout.write('\nNode tests (node --test test/node/), run while the browser tests ran:\n');
process.stdout.write(nodeTests.output);
console.log(
  `\nnpm test: Node tests ${nodeTests.code === 0 ? 'passed' : 'FAILED'} in ${nodeTests.seconds.toFixed(1)} s, ` +
    `browser tests ${browserTests.code === 0 ? 'passed' : 'FAILED'} in ${browserTests.seconds.toFixed(1)} s`,
);
process.exit(nodeTests.code || browserTests.code);
