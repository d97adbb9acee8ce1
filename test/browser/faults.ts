import { waitUntil } from '@open-wc/testing';

/**
 * The page's side of the fault-injection middleware (`fault-injection.mjs`): make the test server
 * stall, delay, fail or redirect the next requests for a path, e.g. a locale chunk.
 */
export type Fault = { stall: true } | { delay: number } | { status: number } | { redirect: string };

async function call(action: string, query: Record<string, string> = {}): Promise<unknown> {
  const response = await fetch(`/__faults/${action}?${new URLSearchParams(query)}`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`fault server: ${action} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

/** Every later request for `path` (no query) gets `fault`, until `clearFaults()`. */
export async function injectFault(path: string, fault: Fault): Promise<void> {
  const [[name, value]] = Object.entries(fault) as [[string, unknown]];
  await call('set', { path, [name]: value === true ? '' : String(value) });
}

/** How many requests for `path` reached the server since its fault was set. */
export async function faultHits(path: string): Promise<number> {
  return ((await call('hits', { path })) as { hits: number }).hits;
}

/** How many stalled requests for `path` the browser gave up (closed) since its fault was set. */
export async function faultAborted(path: string): Promise<number> {
  return ((await call('hits', { path })) as { aborted: number }).aborted;
}

/** Removes this browser's faults; requests still stalled then get their normal answer. */
export async function clearFaults(): Promise<void> {
  await call('clear');
}

/** The URL the test runner serves a bundled locale's chunk from. */
export const localeChunkPath = (locale: string): string => `/src/data/${locale}.json`;

/** Resolves once `check` returns true, or rejects after `timeout` ms: open-wc's `waitUntil` with a longer default, for the network. */
export const until = (check: () => boolean, what: string, timeout = 3000): Promise<void> =>
  waitUntil(check, `timed out waiting for ${what}`, { timeout });
