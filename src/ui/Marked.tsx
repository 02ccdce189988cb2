import type { Segment } from '../search/types';

/** Segments as text with <mark> runs; never HTML. */
export function Marked({ segments }: { segments: Segment[] }) {
  return <>{segments.map((s, i) => (s.marked ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}
