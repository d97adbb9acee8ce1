const warned = new Set<string>();

/** Logs a console warning once per distinct message, so 50 instances do not flood the console. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`az-cancel-guide: ${message}`);
}
