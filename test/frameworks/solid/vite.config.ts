import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { libraryChunk } from '../library-chunk.js';

export default defineConfig({
  plugins: [solid()],
  build: { rolldownOptions: { output: { codeSplitting: libraryChunk } } },
});
