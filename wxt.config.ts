import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { bundleAssets } from './src/cli/bundle-asset';

/** `LANTERN_TEST=1`: the e2e build, with markers on <html> the tests wait on (idle, errors, highlight names); output kept apart. */
const testBuild = process.env.LANTERN_TEST === '1';
const EXTENSION_CSP = "default-src 'self'; script-src 'self'; object-src 'none'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

export default defineConfig({
  outDir: testBuild ? '.output/test' : '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()], define: { 'import.meta.env.LANTERN_TEST': JSON.stringify(testBuild) } }),
  hooks: {
    // The bundle (and the bundled dictionary beside it) is built from the corpus on every build (never committed), so it cannot go stale.
    'build:publicAssets': (_wxt, files) => {
      files.push(...bundleAssets());
    },
  },
  // The sources zip (for store review) holds what builds the extension, not scratch files, screenshots or bench output.
  zip: { excludeSources: ['tmp/**', 'tests/bench/results.json', 'tests/e2e/screenshots/**', 'tests/fixtures/**'] },
  manifest: ({ browser, manifestVersion }) => ({
    // Stricter than the browsers' defaults: nothing but the extension's own files, no network, no plugins, no forms.
    content_security_policy: manifestVersion === 3 ? { extension_pages: EXTENSION_CSP } : EXTENSION_CSP,
    name: 'Lantern',
    description: 'Highlights the names, @handles and #hashtags your research corpus knows, with who or what they are.',
    // scripting: the highlight stylesheet goes in while a frame is in paint mode, under that page's random names
    // (Firefox inserts it with tabs.insertCSS, which host access allows: see src/extension/page-styles.ts).
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['scripting'])],
    host_permissions: ['<all_urls>'],
    // Declared here, not by WXT's defineContentScript: see entrypoints/in-page.ts. page-start.js puts the highlight
    // stylesheet in before the page is parsed (see src/page/early-start.ts); in-page.js takes over when it is.
    content_scripts: [
      { matches: ['<all_urls>'], js: ['page-start.js'], all_frames: true, run_at: 'document_start' },
      { matches: ['<all_urls>'], js: ['in-page.js'], all_frames: true, run_at: 'document_idle' },
    ],
    // The hover card's page, framed in web pages. Chrome serves it at a per-session address, so pages cannot probe for it.
    web_accessible_resources: [{ resources: ['card.html'], matches: ['<all_urls>'], use_dynamic_url: true }],
    // Highlights are painted with the CSS Custom Highlight API (Chrome 105, Firefox 140): require browsers that have it,
    // so no page ever gets the DOM-changing wrapper fallback.
    minimum_chrome_version: '105',
    commands: {
      'next-term': { suggested_key: { default: 'Alt+Shift+J' }, description: 'Next highlighted term' },
      'previous-term': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Previous highlighted term' },
      'lookup-selection': { suggested_key: { default: 'Alt+Shift+L' }, description: 'Look up the selection in Lantern' },
    },
    browser_specific_settings: {
      // A fixed add-on id lets Firefox keep storage across reloads and lets tests pin the moz-extension:// UUID.
      // WXT 0.21's manifest types lack data_collection_permissions, hence the cast.
      gecko: { id: 'lantern@example.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } } as never,
    },
  }),
});
