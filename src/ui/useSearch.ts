import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SearchResults } from '../search/types';

/** Results for the latest query only: a slow reply to an older query never overwrites a newer one. */
export function useSearch(query: string, search: (query: string) => Promise<SearchResults>) {
  const [results, setResults] = useState<SearchResults | null>(null);
  const [error, setError] = useState('');
  const latest = useRef(0);
  // Layout effect: the request leaves before the first paint, not a frame after it.
  useLayoutEffect(() => {
    const ticket = ++latest.current;
    search(query).then(
      (r) => {
        if (ticket !== latest.current) return;
        setResults(r);
        setError('');
      },
      (e: unknown) => ticket === latest.current && setError(String(e)),
    );
  }, [query, search]);
  return { results, error };
}
