import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { libraryChunk } from '../library-chunk.js';

export default defineConfig({
  // The az-* tags are custom elements, not Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('az-') } } })],
  build: { rolldownOptions: { output: { codeSplitting: libraryChunk } } },
});
