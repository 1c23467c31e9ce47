/**
 * Retries an assertion on something read from the page until it passes or time runs out, then
 * fails with the last assertion error: the page updates asynchronously (playwright-core has no
 * web-first `expect`; that lives in @playwright/test, which we do not need otherwise).
 */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => void, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      check(await read());
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
