import type { SearchResults } from '../search/types';
import { articleMeta, kindLabel, plural } from '../search/format';
import { Marked } from './Marked';
import type { ResultOption } from './options-list';

interface Props {
  id: string;
  options: ResultOption[];
  active: number;
  onChoose: (option: ResultOption) => void;
  onHover: (index: number) => void;
}

/**
 * The two result groups as one listbox; the search box keeps focus and points at the active row (aria-activedescendant).
 * A listbox may own only groups and options: each group holds its label (presentational) and its options.
 */
export function ResultList({ id, options, active, onChoose, onHover }: Props) {
  const row = (option: ResultOption, index: number) => (
    // Options are not focusable, by the listbox pattern: the search box keeps focus and its keys move the active row.
    // oxlint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/interactive-supports-focus
    <div
      id={option.id}
      key={option.id}
      role="option"
      aria-selected={index === active}
      class={`result result-${option.kind}`}
      data-id={option.hit.id}
      onMouseDown={(e) => e.preventDefault() /* keep focus in the search box */}
      onClick={() => onChoose(option)}
      onMouseMove={() => index !== active && onHover(index)}
    >
      {option.kind === 'entity' ? (
        <>
          <span class="result-title">{option.hit.name}</span>
          <span class={`kind kind-${option.hit.kind}`}>{kindLabel(option.hit.kind)}</span>
          <span class="result-meta">
            {option.hit.via ? `as “${option.hit.via}” · ` : ''}
            {plural(option.hit.mentionCount, 'mention')}
          </span>
        </>
      ) : (
        <>
          <bdi class="result-title">{option.hit.title}</bdi>
          {articleMeta(option.hit) && <span class="result-meta">{articleMeta(option.hit)}</span>}
          <span class="snippet">
            <Marked segments={option.hit.snippet} />
          </span>
        </>
      )}
    </div>
  );
  const group = (kind: ResultOption['kind'], label: string) => {
    const rows = options.map((o, i) => [o, i] as const).filter(([o]) => o.kind === kind);
    if (!rows.length) return null;
    return (
      <div role="group" aria-labelledby={`${id}-${kind}`} class="group" data-group={kind}>
        <div id={`${id}-${kind}`} role="presentation" class="group-label">
          {label}
        </div>
        {rows.map(([o, i]) => row(o, i))}
      </div>
    );
  };
  return (
    <div id={id} role="listbox" aria-label="Search results" class="results">
      {group('entity', 'Entities')}
      {group('article', 'Articles')}
    </div>
  );
}

export const hasResults = (r: SearchResults) => r.entities.length + r.articles.length > 0;
