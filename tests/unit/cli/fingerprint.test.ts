import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceFingerprint } from '../../../src/cli/fingerprint';

const root = mkdtempSync(join(tmpdir(), 'lantern-fingerprint-'));
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('sourceFingerprint', () => {
  it('is the same for the same sources, and changes with any file in src/ or entrypoints/ (only there)', () => {
    write('src/a/one.ts', 'export const one = 1;');
    write('entrypoints/background.ts', 'one();');
    const first = sourceFingerprint(root);
    expect(sourceFingerprint(root)).toBe(first);
    write('src/a/one.ts', 'export const one = 2;');
    const changed = sourceFingerprint(root);
    expect(changed).not.toBe(first);
    write('entrypoints/popup/main.tsx', '');
    const added = sourceFingerprint(root);
    expect(added).not.toBe(changed);
    write('README.md', 'not code');
    expect(sourceFingerprint(root)).toBe(added);
  });
});
