import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { EntityViewArticle, EntityViewModel } from '../../card/entity-view-model';
import { parseToCard, type FromCard, type ToCard } from '../../core/card-frame';
import { Card } from './Card';

type Shown = Extract<ToCard, { type: 'show' }>;
/** A card's data as it loads: a failure is shown as one, with a retry, and never cached. */
type Loaded = { status: 'loading' } | { status: 'ready'; card: EntityViewModel | null } | { status: 'failed' };

export interface CardFrameProps {
  port: MessagePort;
  load(entityId: string): Promise<EntityViewModel | null>;
  /** Returns the unwatch. */
  watchDictionary(onChange: () => void): () => void;
  articleHref(article: EntityViewArticle): string;
  openArticle(article: EntityViewArticle): void;
}

/** The card frame: shows what the content script asks for, reports its size, the pointer, pins and closes. */
export function CardFrame({ port, load, watchDictionary, articleHref, openArticle }: CardFrameProps) {
  const [shown, setShown] = useState<Shown | null>(null);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const cache = useRef(new Map<string, EntityViewModel | null>());
  const box = useRef<HTMLDivElement>(null);
  const post = useCallback((message: FromCard) => port.postMessage(message), [port]);

  // Layout effects: the frame is hidden until it reports its size, and a hidden cross-origin frame gets no animation
  // frames (Preact's plain effects and ResizeObserver wait for one), so everything here runs straight after rendering.
  useLayoutEffect(() => {
    port.onmessage = (event) => {
      const message = parseToCard(event.data);
      if (message?.type === 'show') setShown(message);
      else if (message?.type === 'pin') setShown((now) => now && { ...now, pinned: true });
      else if (message?.type === 'hide') setShown(null);
    };
    const unwatch = watchDictionary(() => cache.current.clear());
    const root = document.documentElement;
    const listeners: [string, (event: Event) => void][] = [
      ['pointerenter', () => post({ type: 'pointer', inside: true })],
      ['pointerleave', () => post({ type: 'pointer', inside: false })],
      [
        'pointerdown',
        () => {
          setShown((now) => now && { ...now, pinned: true });
          post({ type: 'pin' });
        },
      ],
      ['keydown', (event) => (event as KeyboardEvent).key === 'Escape' && post({ type: 'close' })],
    ];
    for (const [type, listener] of listeners) root.addEventListener(type, listener);
    return () => {
      unwatch();
      port.onmessage = null;
      for (const [type, listener] of listeners) root.removeEventListener(type, listener);
    };
  }, [port, post, watchDictionary]);

  useLayoutEffect(() => {
    const rect = box.current?.getBoundingClientRect();
    if (shown && rect) post({ type: 'size', width: rect.width, height: rect.height });
  }, [shown, loaded, post]);

  useEffect(() => {
    if (!shown) return;
    const { entityId } = shown;
    if (cache.current.has(entityId)) return setLoaded({ status: 'ready', card: cache.current.get(entityId)! });
    setLoaded({ status: 'loading' });
    let current = true;
    load(entityId).then(
      (card) => {
        cache.current.set(entityId, card);
        if (current) setLoaded({ status: 'ready', card });
      },
      () => current && setLoaded({ status: 'failed' }),
    );
    return () => void (current = false);
    // Keyed on the entity, not the whole `shown`: a pin or a move of the same card loads nothing.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [shown?.entityId, attempt, load]);

  return (
    <div ref={box} class="frame" style={{ '--card-max-height': `${shown?.maxHeight ?? 440}px` }}>
      {shown && (
        <Card
          card={loaded.status === 'ready' ? loaded.card : undefined}
          failed={loaded.status === 'failed'}
          onRetry={() => setAttempt((n) => n + 1)}
          pinned={shown.pinned}
          articleHref={articleHref}
          onOpenArticle={openArticle}
          onClose={() => post({ type: 'close' })}
        />
      )}
    </div>
  );
}
