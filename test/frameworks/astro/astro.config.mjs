import { defineConfig } from 'astro/config';

// Static pages; trailing slashes as the test's static server serves folders.
export default defineConfig({ output: 'static', trailingSlash: 'always' });
