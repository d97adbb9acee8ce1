// The content model with Valibot's own parser, for tests that compare the browser validator with it.
export { GuideSchema } from '../../src/data/guide-model.js';
export { safeParse } from 'valibot';
