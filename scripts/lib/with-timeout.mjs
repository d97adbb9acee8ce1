/** Settles like `promise`, or rejects with an Error naming `label` after `ms` milliseconds. */
export async function withTimeout(promise, ms, label) {
  let timer;
  promise.catch(() => {}); // a late rejection after the timeout must not become an unhandled rejection
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: no answer within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
