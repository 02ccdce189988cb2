import { kindLabel } from '../search/format';
import type { Block } from '../search/article-layout';
import type { EntitySummary } from '../search/types';
import { follow } from './follow';
import { entityHref } from './links';

interface Props {
  blocks: Block[];
  entities: Record<string, EntitySummary>;
  /** The sentence named in the address: marked and scrolled to. */
  target?: number;
  selected: string | null;
  onEntity: (entityId: string) => void;
}

/** The clean article text, sentence by sentence, corpus entities as links to their view. Text only, never HTML. */
export function ArticleText({ blocks, entities, target, selected, onEntity }: Props) {
  return (
    <div class="article-text">
      {blocks.map((block, i) => {
        const pieces = block.pieces.map((piece, p) => {
          const entity = piece.entityId === undefined ? undefined : entities[piece.entityId];
          if (!entity) return piece.text;
          return (
            <a
              key={p}
              class={`entity kind-${entity.kind}${selected === entity.id ? ' selected' : ''}`}
              href={entityHref(entity.id)}
              data-entity={entity.id}
              title={`${entity.name} · ${kindLabel(entity.kind)}`}
              onClick={follow(() => onEntity(entity.id))}
            >
              {piece.text}
            </a>
          );
        });
        if (block.sentence === null) return <span key={`g${i}`}>{pieces}</span>;
        const isTarget = block.sentence === target;
        return (
          <span
            key={`s${block.sentence}`}
            id={`s-${block.sentence}`}
            class={isTarget ? 'sentence target' : 'sentence'}
            aria-current={isTarget ? 'location' : undefined}
          >
            {pieces}
          </span>
        );
      })}
    </div>
  );
}
