interface ImportMetaEnv {
  /** Set by wxt.config.ts: true in the e2e test build only. */
  readonly LANTERN_TEST: boolean;
}
