// Static export: `next build` prerenders the server pages to out/, which the test serves as files.
// No agent files: `next dev` (also run by the test) would otherwise write AGENTS.md into the app.
/** @type {import('next').NextConfig} */
export default {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  agentRules: false,
  experimental: { agentUpgrade: false },
};
