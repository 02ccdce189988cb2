/** Vitest global setup for e2e: builds the LANTERN_TEST=1 extension (test markers) into .output/test for both browsers. */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function setup(): void {
  const options = { cwd: resolve(__dirname, '../../..'), env: { ...process.env, LANTERN_TEST: '1' }, stdio: 'ignore' as const };
  execFileSync('npx', ['wxt', 'build'], options);
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], options);
}
