import { launchChromium } from '../../../../packages/signer/test/browser/chromium.js';

/**
 * Opens `pageUrl` in headless Chromium (Debian's, driven by playwright-core, as the signer's browser
 * suite does) and keeps it open until `done` settles: the page's script runs the program and posts
 * its report to the test. Resolves with Chromium's version.
 */
export async function runChromium(
  pageUrl: string,
  done: Promise<unknown>,
  timeoutMs: number,
): Promise<string> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(pageUrl);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no report from Chromium after ${timeoutMs} ms: ${errors.join('\n')}`)),
        timeoutMs,
      );
    });
    await Promise.race([done, timeout]).finally(() => clearTimeout(timer));
    return browser.version();
  } finally {
    await browser.close();
  }
}
