/**
 * `hasChanged` of the `data` property: an object equal to the previous one is no change. Frameworks
 * pass a new but equal object on every render (React's `data={{ ...guide }}`); without this the
 * element would validate it again each time, re-render, and report the same invalid content again.
 * Content is JSON, so its JSON text is a fair equality (key order counts; unequal only means
 * "validate again"). Values that cannot be serialised (cycles, throwing getters) count as changed.
 * (No shortcut for the same object: the bytes count in every page, the time only when `data` is set.)
 */
export function dataChanged(value: unknown, previous: unknown): boolean {
  try {
    return JSON.stringify(value) !== JSON.stringify(previous);
  } catch {
    return true;
  }
}
