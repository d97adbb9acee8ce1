// Mistakes the types must catch: scripts/test-frameworks.mjs expects an error on the line after each "WRONG:".
import type {} from 'az-cancel-guide/jsx';
import { AzCancelGuide } from 'az-cancel-guide/react';

export const tags = (
  <>
    <az-cancel-guide
      // WRONG: not a theme
      theme="blue"
    ></az-cancel-guide>
    <az-cancel-methods
      // WRONG: the event prop React 19 ignores
      onAzMethodChange={() => undefined}
    ></az-cancel-methods>
    <az-cancel-methods
      // WRONG: the detail has no such field
      onaz-method-change={(e) => e.detail.methd}
    ></az-cancel-methods>
  </>
);

export const wrapper = (
  <AzCancelGuide
    // WRONG: not a theme
    theme="blue"
  />
);
