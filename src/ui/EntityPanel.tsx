import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntityViewModel } from '../card/entity-view-model';
import { EntityView } from './EntityView';

interface EntityPanelProps {
  entityId: string;
  loadEntity: (entityId: string) => Promise<EntityViewModel | null>;
  onEntity: (entityId: string) => void;
  onArticle: (articleId: string, sentence: number) => void;
  onBack: () => void;
}

/** The entity view inside the popup, with a way back to the results (button or Escape). */
export function EntityPanel({ entityId, loadEntity, onEntity, onArticle, onBack }: EntityPanelProps) {
  const [entity, setEntity] = useState<EntityViewModel | null | undefined>(undefined);
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    setEntity(undefined);
    loadEntity(entityId).then(setEntity, () => setEntity(null));
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
      {entity === undefined ? (
        <p class="state" aria-busy="true">
          Loading…
        </p>
      ) : entity === null ? (
        <p class="state" role="status" data-state="not-found">
          This entity is not in the corpus.
        </p>
      ) : (
        <EntityView entity={entity} onEntity={onEntity} onArticle={onArticle} />
      )}
    </section>
  );
}
