import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export interface ImportZoneProps {
  id: string;
  title: string;
  hint: string;
  accept: string;
  disabled: boolean;
  onFiles: (files: File[]) => void;
  /** Shown under the picker: choices that apply to the next import from this zone. */
  children?: ComponentChildren;
}

/** A drop target with a file picker inside it; both hand over the chosen files. */
export function ImportZone({ id, title, hint, accept, disabled, onFiles, children }: ImportZoneProps) {
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!disabled) onFiles([...(e.dataTransfer?.files ?? [])]);
  };
  return (
    <div
      class={`zone${over ? ' over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <h3>{title}</h3>
      <p class="muted">{hint}</p>
      <label class="pick">
        Choose files or drop them here
        <input
          id={id}
          type="file"
          multiple
          accept={accept}
          disabled={disabled}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            onFiles([...(input.files ?? [])]);
            input.value = ''; // the same file can be chosen again
          }}
        />
      </label>
      {children}
    </div>
  );
}
