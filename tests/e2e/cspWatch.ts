// Collects every Content-Security-Policy violation a page and its workers report. A document's
// `securitypolicyviolation` event misses workers (theirs fire in the worker), and Playwright's
// console events carry only the page's own log, so this reads Chromium's log over CDP for the
// page and for each worker it starts, from the worker's first line on.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export interface CspWatch {
  /** Violation messages seen so far, each with where it happened. */
  violations: string[];
  /** Workers started so far (their script URLs). */
  workers: string[];
}

const isViolation = (entry: { source?: string; text?: string }) =>
  entry.source === 'violation' || /Content Security Policy|Content-Security-Policy/i.test(entry.text ?? '');

export async function watchCsp(context: BrowserContext, page: Page): Promise<CspWatch> {
  const watch: CspWatch = { violations: [], workers: [] };
  await page.exposeFunction('__cspViolation', (text: string) => watch.violations.push(`document event: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation(t: string): void }).__cspViolation(`${e.violatedDirective} blocked ${e.blockedURI} in ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const cdp: CDPSession = await context.newCDPSession(page);
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (isViolation(entry)) watch.violations.push(`page log: ${entry.text}`);
  });
  // Not flattened, so worker sessions are reached through this one session's messages.
  let nextId = 1;
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    watch.workers.push(targetInfo.url);
    const send = (method: string) => cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: nextId++, method }) }).catch(() => {});
    // Log.enable replays what the worker logged before it, so nothing early is missed.
    void send('Log.enable');
  });
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const m = JSON.parse(message) as { method?: string; params?: { entry: { source?: string; text?: string; url?: string } } };
    if (m.method === 'Log.entryAdded' && m.params && isViolation(m.params.entry)) watch.violations.push(`worker log: ${m.params.entry.text}`);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  await cdp.send('Log.enable');
  return watch;
}
