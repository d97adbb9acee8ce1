// Order statistics for benchmark samples (nearest-rank percentiles).

export function percentile(samples, p) {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function median(samples) {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function summarize(samples) {
  return {
    n: samples.length,
    median: median(samples),
    p90: percentile(samples, 90),
    min: Math.min(...samples),
    max: Math.max(...samples),
  };
}

/** Milliseconds with one decimal (two below 10 ms), as a number so console.table aligns it. */
export const ms = (value) => (Number.isFinite(value) ? Number(value.toFixed(Math.abs(value) < 10 ? 2 : 1)) : value);

export const mb = (bytes) => Number((bytes / (1024 * 1024)).toFixed(3));

export const kb = (bytes) => Number((bytes / 1024).toFixed(1));
