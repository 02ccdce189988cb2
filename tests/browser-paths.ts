/** The Debian browsers the e2e tests and benchmarks drive; nothing is ever downloaded. */
import { existsSync } from 'node:fs';

const BROWSERS = {
  chromium: { path: '/usr/bin/chromium', debianPackage: 'chromium' },
  firefox: { path: '/usr/bin/firefox-esr', debianPackage: 'firefox-esr' },
} as const;

/** The browser's executable, or a clear error naming the Debian package to install. */
export function browserPath(name: keyof typeof BROWSERS): string {
  const { path, debianPackage } = BROWSERS[name];
  if (!existsSync(path))
    throw new Error(
      `${name} not found at ${path}: install Debian's ${debianPackage} package (sudo apt-get install ${debianPackage}), then run the tests again`,
    );
  return path;
}
