// Runs before the browser tests: says exactly how to get a missing browser instead of failing obscurely.
import { missingBrowsers } from './lib/browsers.mjs';

const missing = missingBrowsers();
if (missing.length > 0) {
  console.error('npm test needs real browsers, and these are missing:');
  for (const [name, path] of missing) console.error(`  - ${name} (expected at ${path})`);
  console.error('\nInstall them (Debian/Ubuntu, as root):');
  console.error(`  apt-get update && apt-get install -y ${missing.map(([, , pkg]) => pkg).join(' ')}`);
  console.error('\nOr point to your own binaries with CHROMIUM_PATH=... and FIREFOX_PATH=...');
  process.exit(1);
}
