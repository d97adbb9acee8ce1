import { defineConfig } from 'vite';
import { libraryChunk } from '../library-chunk.js';

// No React plugin: Vite compiles JSX as tsconfig.json says (react-jsx).
export default defineConfig({ build: { rolldownOptions: { output: { codeSplitting: libraryChunk } } } });
