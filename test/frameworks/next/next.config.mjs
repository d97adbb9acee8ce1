// Static export: `next build` prerenders the server pages to out/, which the test serves as files.
/** @type {import('next').NextConfig} */
export default { output: 'export', trailingSlash: true, images: { unoptimized: true } };
