/** Queries to try, as buttons that run them. */
export function Suggestions({ label, suggestions, onPick }: { label: string; suggestions: string[]; onPick: (query: string) => void }) {
  if (!suggestions.length) return null;
  return (
    <p class="suggestions" data-testid="suggestions">
      {label}{' '}
      {suggestions.map((s) => (
        <button key={s} type="button" class="chip" onClick={() => onPick(s)}>
          {s}
        </button>
      ))}
    </p>
  );
}
