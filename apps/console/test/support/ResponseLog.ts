import type { Page } from 'playwright-core';

/** Every response body the app sent during a run, to search for secrets afterwards. */
export class ResponseLog {
  readonly bodies: { url: string; body: string }[] = [];

  constructor(readonly origin: string) {}

  /** Records each of the page's responses from the app (redirects have no body to read). */
  watch(page: Page): void {
    page.on('response', async (response) => {
      if (!response.url().startsWith(this.origin) || (response.status() >= 300 && response.status() < 400))
        return;
      const body = await response.text().catch(() => undefined);
      if (body !== undefined) this.bodies.push({ url: response.url(), body });
    });
  }

  add(url: string, body: string): void {
    this.bodies.push({ url, body });
  }

  /** The URLs whose body contains `secret`. */
  containing(secret: string): string[] {
    return this.bodies.filter(({ body }) => body.includes(secret)).map(({ url }) => url);
  }
}
