/**
 * `data` as read once, when it was set: its JSON text, or what reading it threw. Validation and
 * rendering use the text, so a later change to the object never reaches the screen unchecked.
 */
export interface DataSnapshot {
  json?: string;
  error?: unknown;
}

/**
 * Reads `data` once, inside a try (ignoring `toJSON` methods, see below): a getter or Proxy trap that throws (a state library's revoked
 * draft), a cycle or a BigInt gives the error, never an exception during rendering.
 */
export function snapshotData(data: unknown): DataSnapshot {
  try {
    // Each value as it is, not what a `toJSON` makes of it: a page with Prototype.js has one on every array.
    return {
      json: JSON.stringify(data, function (this: Record<string, unknown>, key) {
        return this[key];
      }),
    };
  } catch (error) {
    return { error };
  }
}
