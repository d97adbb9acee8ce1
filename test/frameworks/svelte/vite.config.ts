import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { libraryChunk } from '../library-chunk.js';

export default defineConfig({
  plugins: [svelte()],
  build: { rolldownOptions: { output: { codeSplitting: libraryChunk } } },
});
