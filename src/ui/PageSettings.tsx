import { useEffect, useState } from 'preact/hooks';
import { HIGHLIGHT_KINDS, PAINT_EXTENTS, withGlobal, withOccurrences, withShown, type HighlightKind, type PaintExtent, type Settings } from '../core/settings';
import { SALIENCE_CLASSES, type Salience } from '../core/types';

const KIND_LABELS: Record<HighlightKind, string> = { name: 'Names', handle: '@handles', hashtag: '#hashtags' };
const SALIENCE_LABELS: Record<Salience, string> = { specific: 'Specific terms', context: 'Background terms (Twitter, countries)' };
const EXTENT_LABELS: Record<PaintExtent, string> = { all: 'every time', first: 'the first time on a page', none: 'never' };

/** Settings for every site: Lantern on or off, quiet everywhere, and which kinds of term are painted. */
export function PageSettings({ load, update }: { load: () => Promise<Settings>; update: (change: (s: Settings) => Settings) => Promise<void> }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => void load().then(setSettings), [load]);
  if (!settings) return null;
  const apply = (change: (s: Settings) => Settings) => {
    setSettings(change(settings));
    void update(change);
  };
  const sites = Object.entries(settings.sites).filter(([, site]) => site.enabled === false || site.quiet !== undefined);
  return (
    <section aria-labelledby="pages-heading" id="page-settings">
      <h2 id="pages-heading">On web pages</h2>
      <p>
        <label>
          <input
            type="checkbox"
            data-setting="enabled"
            checked={settings.global.enabled}
            onChange={() => apply((s) => withGlobal(s, { enabled: !s.global.enabled }))}
          />{' '}
          Find and highlight terms on every site
        </label>
      </p>
      <p>
        <label>
          <input
            type="checkbox"
            data-setting="quiet"
            checked={settings.global.quiet}
            onChange={() => apply((s) => withGlobal(s, { quiet: !s.global.quiet }))}
          />{' '}
          Quiet everywhere <span class="muted">(find terms for the badge and the popup, paint nothing in pages)</span>
        </label>
      </p>
      <p>
        Highlight:{' '}
        {HIGHLIGHT_KINDS.map((kind) => (
          <label key={kind} class="inline">
            <input type="checkbox" data-show={kind} checked={settings.show[kind]} onChange={() => apply((s) => withShown(s, { [kind]: !s.show[kind] }))} />{' '}
            {KIND_LABELS[kind]}
          </label>
        ))}
      </p>
      {SALIENCE_CLASSES.map((salience) => (
        <p key={salience}>
          <label>
            {SALIENCE_LABELS[salience]}: highlight{' '}
            <select
              data-occurrences={salience}
              value={settings.occurrences[salience]}
              onChange={(event) => {
                const extent = event.currentTarget.value as PaintExtent;
                apply((s) => withOccurrences(s, { [salience]: extent }));
              }}
            >
              {PAINT_EXTENTS.map((extent) => (
                <option key={extent} value={extent}>
                  {EXTENT_LABELS[extent]}
                </option>
              ))}
            </select>
          </label>
        </p>
      ))}
      <p class="muted">Terms in navigation, headers, footers, share buttons and menus are listed in the popup but not highlighted.</p>
      {sites.length > 0 && (
        <p class="muted">
          Set per site from the popup: {sites.map(([host, site]) => `${host} (${site.enabled === false ? 'off' : site.quiet ? 'quiet' : 'on'})`).join(', ')}
        </p>
      )}
    </section>
  );
}
