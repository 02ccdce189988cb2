/** The id of the sentence every Private switch points to for what it means. */
export const PRIVATE_NOTE_ID = 'private-note';

/** A collection's (or the next import's) Private switch. */
export function PrivateSwitch({
  id,
  checked,
  disabled,
  onChange,
}: {
  id?: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label class="private-switch">
      <input
        id={id}
        type="checkbox"
        // A native checkbox states its own checked state: aria-checked would only repeat it.
        // oxlint-disable-next-line jsx-a11y/role-has-required-aria-props
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={PRIVATE_NOTE_ID}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />{' '}
      Private
    </label>
  );
}

export function PrivateNote() {
  return (
    <p id={PRIVATE_NOTE_ID} class="muted">
      A private collection’s terms are counted in the badge and listed in the popup, never painted. Terms from a collection that is not private are painted into
      the page, where its scripts can read which words are highlighted.
    </p>
  );
}
