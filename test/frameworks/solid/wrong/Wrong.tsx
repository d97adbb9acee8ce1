// Mistakes the types must catch: scripts/test-frameworks.mjs expects an error on the line after each "WRONG:".
import type {} from 'az-cancel-guide/solid';

export const wrong = () => (
  <>
    <az-cancel-guide
      // WRONG: not a theme
      theme="blue"
    ></az-cancel-guide>
    <az-cancel-guide
      // WRONG: data is an object
      prop:data={42}
    ></az-cancel-guide>
    <az-cancel-methods
      // WRONG: the detail has no such field
      on:az-method-change={(e) => e.detail.methd}
    ></az-cancel-methods>
    <az-cancel-methods
      // WRONG: Solid dispatches the event by its own name
      on:azMethodChange={() => undefined}
    ></az-cancel-methods>
  </>
);
