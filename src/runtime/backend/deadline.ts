// Bounds on waits that a lost database could otherwise make endless: readiness answers, shutdown steps.

/** `work`, or `fallback()` once `ms` have passed without it settling (the work is not cancelled). */
export async function withDeadline<T>(work: Promise<T>, ms: number, fallback: () => T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback()), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
