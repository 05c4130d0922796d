// Every spec's `test`: Playwright's, plus one housekeeping fixture. Playwright closes the
// contexts of its own fixtures (`page`, `context`) after each test, but not those a test opens
// itself with browser.newContext(): those stayed open for the rest of the run, their pages kept
// the browser busy, and every later test started and stopped a trace chunk on each of them. They
// are closed when the next test starts, after Playwright has recorded what it needs of them.
// Contexts opened in beforeAll hooks (shared by a file's tests) are not tracked.
import { test as base, type Browser, type BrowserContext } from "@playwright/test";

export * from "@playwright/test";

const openedByTests: BrowserContext[] = [];

export const test = base.extend<{ closeEarlierContexts: void }>({
  closeEarlierContexts: [
    async ({ browser }, runTest) => {
      await Promise.all(openedByTests.splice(0).map((context) => context.close().catch(() => {})));
      const original = browser.newContext;
      browser.newContext = async function (this: Browser, ...args: Parameters<Browser["newContext"]>) {
        const context = await original.apply(this, args);
        openedByTests.push(context);
        return context;
      };
      // Resolves when the test has ended, passed or failed.
      await runTest();
      browser.newContext = original;
    },
    { auto: true },
  ],
});
