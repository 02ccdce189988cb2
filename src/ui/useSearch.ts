import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SearchResults } from '../search/types';

/**
 * Results for the latest query only: a slow reply to an older query never overwrites a newer one. A reply with the
 * articles still pending (the background had just started) is shown, then completed by asking again.
 */
export function useSearch(query: string, search: (query: string, complete: boolean) => Promise<SearchResults>) {
  const [results, setResults] = useState<SearchResults | null>(null);
  const [error, setError] = useState('');
  const latest = useRef(0);
  // Layout effect: the request leaves before the first paint, not a frame after it.
  useLayoutEffect(() => {
    const ticket = ++latest.current;
    const failed = (e: unknown) => ticket === latest.current && setError(String(e));
    const show = (r: SearchResults) => {
      if (ticket !== latest.current) return;
      setResults(r);
      setError('');
      if (r.articlesPending) search(query, true).then(show, failed);
    };
    search(query, false).then(show, failed);
  }, [query, search]);
  return { results, error };
}
