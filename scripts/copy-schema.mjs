// Publishes the JSON Schema with the package so content editors can validate their own files.
import { copyFileSync } from 'node:fs';

copyFileSync(
  new URL('../src/generated/guide.schema.json', import.meta.url),
  new URL('../dist/guide.schema.json', import.meta.url),
);
