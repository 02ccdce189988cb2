import { useEffect, useState } from 'preact/hooks';
import type { Bundle } from '../core/types';

type Summary = Bundle['corpus'];

export function Popup({ loadSummary }: { loadSummary: () => Promise<Summary> }) {
  const [summary, setSummary] = useState<Summary | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    loadSummary().then(setSummary, (e: unknown) => setError(String(e)));
  }, [loadSummary]);
  return (
    <main class="popup">
      <h1>Lantern</h1>
      {error ? (
        <p role="alert">Could not load the corpus: {error}</p>
      ) : summary ? (
        <p id="corpus-summary" data-articles={summary.articleCount} data-entities={summary.entityCount}>
          {summary.name}: {summary.articleCount} articles · {summary.entityCount} entities · {summary.aliasCount} aliases
        </p>
      ) : (
        <p aria-busy="true">Loading corpus…</p>
      )}
    </main>
  );
}
