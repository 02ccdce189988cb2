import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntityDetails } from '../search/types';
import { EntityView } from './EntityView';

interface EntityPanelProps {
  entityId: string;
  loadEntity: (entityId: string) => Promise<EntityDetails | null>;
  onEntity: (entityId: string) => void;
  onArticle: (articleId: string, sentence: number) => void;
  onBack: () => void;
}

/** The entity view inside the popup, with a way back to the results (button or Escape). */
export function EntityPanel({ entityId, loadEntity, onEntity, onArticle, onBack }: EntityPanelProps) {
  const [details, setDetails] = useState<EntityDetails | null | undefined>(undefined);
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    setDetails(undefined);
    loadEntity(entityId).then(setDetails, () => setDetails(null));
    back.current?.focus();
  }, [entityId, loadEntity]);
  return (
    // Escape from anywhere inside the panel goes back: a key handler on the region, not an interactive element.
    // oxlint-disable-next-line jsx-a11y/no-static-element-interactions
    <section
      class="entity-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onBack();
        }
      }}
    >
      <button ref={back} type="button" class="back" onClick={onBack}>
        ← Search
      </button>
      {details === undefined ? (
        <p class="state" aria-busy="true">
          Loading…
        </p>
      ) : details === null ? (
        <p class="state" role="status" data-state="not-found">
          This entity is not in the corpus.
        </p>
      ) : (
        <EntityView details={details} onEntity={onEntity} onArticle={onArticle} />
      )}
    </section>
  );
}
