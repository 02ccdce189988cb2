/**
 * The WXT entrypoint definers the entrypoints call, which WXT auto-imports when it builds them. Declared here for the
 * browser typecheck (tsconfig.browser.json) instead of taken from `.wxt/wxt.d.ts`: WXT's own types import vite's, and
 * vite's bring Node's globals (process, Buffer, NodeJS.Timeout) into browser code.
 */
declare function defineBackground(main: () => void): unknown;
declare function defineUnlistedScript(main: () => void): unknown;
