import type { TestPage } from './browsers';

/** Playwright pages set files on an input by selector; Puppeteer pages through the element's handle. */
interface UploadCapable {
  setInputFiles?: (selector: string, paths: string[]) => Promise<void>;
  $?: (selector: string) => Promise<{ uploadFile(...paths: string[]): Promise<void> } | null>;
}

/** Chooses files in a file input as a user would, so the page gets a real `change` event with real File objects. */
export async function chooseFiles(page: TestPage, selector: string, paths: string[]): Promise<void> {
  const driver = page as unknown as UploadCapable;
  if (driver.setInputFiles) return driver.setInputFiles(selector, paths);
  const input = await driver.$!(selector);
  if (!input) throw new Error(`no ${selector} on the page`);
  await input.uploadFile(...paths);
}
