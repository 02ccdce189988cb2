import { useEffect, useState } from 'preact/hooks';
import { HIGHLIGHT_KINDS, withGlobal, withShown, type HighlightKind, type Settings } from '../core/settings';

const KIND_LABELS: Record<HighlightKind, string> = { name: 'Names', handle: '@handles', hashtag: '#hashtags' };

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
          <input type="checkbox" data-setting="enabled" checked={settings.global.enabled} onChange={() => apply((s) => withGlobal(s, { enabled: !s.global.enabled }))} /> Find and
          highlight terms on every site
        </label>
      </p>
      <p>
        <label>
          <input type="checkbox" data-setting="quiet" checked={settings.global.quiet} onChange={() => apply((s) => withGlobal(s, { quiet: !s.global.quiet }))} /> Quiet
          everywhere <span class="muted">(find terms for the badge and the popup, paint nothing in pages)</span>
        </label>
      </p>
      <p>
        Highlight:{' '}
        {HIGHLIGHT_KINDS.map((kind) => (
          <label class="inline">
            <input type="checkbox" data-show={kind} checked={settings.show[kind]} onChange={() => apply((s) => withShown(s, { [kind]: !s.show[kind] }))} />{' '}
            {KIND_LABELS[kind]}
          </label>
        ))}
      </p>
      {sites.length > 0 && (
        <p class="muted">
          Set per site from the popup: {sites.map(([host, site]) => `${host} (${site.enabled === false ? 'off' : site.quiet ? 'quiet' : 'on'})`).join(', ')}
        </p>
      )}
    </section>
  );
}
