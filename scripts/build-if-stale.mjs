// Runs `npm run build` only when dist/ is missing or older than what it is built from, so the steps
// that need a build (npm test, the framework apps, the size check) share one build in CI.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const INPUTS = [
  'src',
  'scripts',
  'package.json',
  'package-lock.json',
  'rollup.config.mjs',
  'tsconfig.json',
  'tsconfig.build.json',
  'custom-elements-manifest.config.mjs',
];
// The build's last step writes dist/static/: its files are the newest of a complete build.
const LAST_OUTPUT = join(root, 'dist/static');

/** The newest modification time under `path` (a file or a folder, recursively). */
function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const built = existsSync(LAST_OUTPUT)
  ? Math.min(...readdirSync(LAST_OUTPUT).map((name) => statSync(join(LAST_OUTPUT, name)).mtimeMs))
  : 0;
const changed = INPUTS.filter((input) => existsSync(join(root, input)) && newest(join(root, input)) > built);
if (changed.length === 0) {
  console.log('dist/ is up to date: not building again');
} else {
  console.log(
    built ? `building: ${changed.join(', ')} changed since the last build` : 'building: no complete build in dist/',
  );
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  process.exit(result.status ?? 1);
}
