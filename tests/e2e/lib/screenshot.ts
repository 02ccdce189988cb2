import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestPage } from './browsers';

/** Screenshots for README, kept in the repository: tests/e2e/screenshots/<name>-<browser>.png. */
export const SCREENSHOTS = resolve(__dirname, '../screenshots');

/** Captures the element matching `selector` (its bounding box), or the viewport for null. */
export async function screenshotOf(page: TestPage, selector: string | null, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const box = await page.evaluate((s) => {
    const r = s === null ? undefined : document.querySelector(s)?.getBoundingClientRect();
    return r ? { x: Math.floor(r.x), y: Math.floor(r.y), width: Math.ceil(r.width), height: Math.ceil(r.height) } : null;
  }, selector);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), ...(box ? { clip: box } : {}) });
}
