// Made by rollup.config.mjs (localeContents) from the files in src/data/: every bundled locale's content, by locale.
declare module 'virtual:locale-contents' {
  import type { GuideData } from '../data/guide-types.js';

  export const LOCALE_CONTENTS: Readonly<Record<string, GuideData>>;
}
