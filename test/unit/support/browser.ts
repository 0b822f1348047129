// Opens HTML in headless Chromium (playwright-core, the system's /usr/bin/chromium) the way a user
// opens a saved file, but served from a made-up origin so that every request the page makes is seen:
// the page itself is fulfilled, anything else is recorded and refused.
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.STORY_COACH_CHROMIUM || '/usr/bin/chromium';
const ORIGIN = 'http://story-coach.invalid';

export interface OpenedPage {
  readonly page: Page;
  /** Every request other than the page itself (URL). */
  readonly requests: string[];
  /** Console errors, page errors and dialogs (an alert() would be one). */
  readonly errors: string[];
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
}

export async function openHtml(browser: Browser, html: string, options: { colorScheme?: 'light' | 'dark' } = {}): Promise<OpenedPage> {
  const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light', viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  const url = `${ORIGIN}/page.html`;
  await context.route('**/*', async (route) => {
    const request = route.request().url();
    if (request === url) await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    else {
      requests.push(request);
      await route.abort();
    }
  });
  // Anything the page tries outside HTTP (a WebSocket) is a request too.
  page.on('websocket', (socket) => requests.push(socket.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests, errors };
}

/** Pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
