// "After the page is idle": the moment background work (starting the local database) may begin
// without slowing what a resident came for. Once the page has loaded, at the browser's first
// quiet moment, and at the latest `timeoutMs` after that.
export function whenIdle(timeoutMs = 5000): Promise<void> {
  return new Promise((resolve) => {
    const idle = () => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: timeoutMs });
      else setTimeout(resolve, 1000);
    };
    if (document.readyState === 'complete') idle();
    else addEventListener('load', idle, { once: true });
  });
}
