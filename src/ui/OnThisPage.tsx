import { kindLabel } from '../search/format';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ModeSetting } from '../core/settings';
import type { PageAccess, PageTerms } from '../extension/protocol';
import type { EntityHit } from '../search/types';

/** After the site switch, the page rescans on its own time: look again a few times rather than guess when. */
const RELOAD_AFTER_SWITCH_MS = [150, 600, 1500];

/** The popup's "On this page": the entities the page mentions, with counts, and the switch for this site. */
export function OnThisPage({ access }: { access: PageAccess }) {
  const [state, setState] = useState<{ page: PageTerms; entities: EntityHit[] } | null | undefined>(undefined);
  const reload = useCallback(() => access.load().then(setState, () => setState(null)), [access]);
  useEffect(() => void reload(), [reload]);
  if (state === undefined) return null;
  if (state === null)
    return (
      <p class="page-terms state" data-testid="out-of-reach">
        Lantern cannot read this page: browsers keep their own pages (settings, new tabs, extension stores) and other extensions' pages out of every extension's
        reach. Search works everywhere: type above.
      </p>
    );
  const { page, entities } = state;
  const counts = new Map(page.terms.map((t) => [t.entityId, t.count]));
  const enabled = page.mode !== 'off';
  const change = async (setting: Partial<ModeSetting>) => {
    await access.setSite(page.site, setting);
    if (setting.enabled === false) setState({ page: { ...page, mode: 'off', terms: [] }, entities: [] });
    for (const delay of RELOAD_AFTER_SWITCH_MS) setTimeout(reload, delay);
  };
  return (
    <section class="page-terms" aria-labelledby="page-terms-title" data-site={page.site} data-mode={page.mode}>
      <header>
        <h2 id="page-terms-title">On this page</h2>
        <span class="site-controls">
          <label class="switch">
            {/* A native checkbox states its own checked state: aria-checked would only repeat it. */}
            {/* oxlint-disable-next-line jsx-a11y/role-has-required-aria-props */}
            <input type="checkbox" role="switch" checked={enabled} onChange={() => void change({ enabled: !enabled })} />
            <span>{enabled ? `On for ${page.site}` : `Off for ${page.site}`}</span>
          </label>
          {enabled && (
            <label class="switch" title="Find terms but paint nothing in the page">
              <input type="checkbox" data-setting="quiet" checked={page.mode === 'quiet'} onChange={() => void change({ quiet: page.mode !== 'quiet' })} />
              <span>Quiet</span>
            </label>
          )}
        </span>
      </header>
      {!enabled ? (
        <p class="state">Lantern is off on {page.site}.</p>
      ) : entities.length === 0 ? (
        <p class="state">No known names, @handles or #hashtags here.</p>
      ) : (
        <ul class="page-term-list">
          {entities.map((entity) => (
            <li key={entity.id}>
              <button type="button" class={`page-term kind-${entity.kind}`} data-entity={entity.id} onClick={() => void access.show(entity.id)}>
                <bdi class="name">{entity.name}</bdi>
                <span class="kind">{kindLabel(entity.kind)}</span>
                <span class="count" aria-label={`${counts.get(entity.id) ?? 0} on this page`}>
                  ×{counts.get(entity.id) ?? 0}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
