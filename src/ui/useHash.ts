import { useEffect, useState } from 'preact/hooks';

/** The address's hash, kept current: the article page follows links within itself and back/forward. */
export function useHash(): string {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const update = () => setHash(location.hash);
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return hash;
}
