import { loadBundledCorpus } from '../src/extension/bundle-loader';
import { serve } from '../src/extension/messages';

export default defineBackground(() => {
  const bundle = loadBundledCorpus();
  serve({
    'corpus-summary': async () => (await bundle).corpus,
  });
});
