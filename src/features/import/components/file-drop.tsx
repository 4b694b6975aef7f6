import { useRef, useState, type ReactNode } from 'react';

/**
 * A "choose file" button with its hidden input: the way in for keyboard and phone users, where
 * dropping alone would shut them out. The input is cleared after each choice, so choosing the
 * same file again (a corrected copy under the same name) is read again.
 */
export function FileButton(props: { label: string; accept: string; onFile: (file: File) => void; disabled?: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()} disabled={props.disabled}>
        {props.label}
      </button>
      <input
        ref={input}
        type="file"
        accept={props.accept}
        hidden
        onChange={(e) => {
          const chosen = e.target.files?.[0];
          e.target.value = '';
          if (chosen) props.onFile(chosen);
        }}
      />
    </>
  );
}

/** A text box a file can also be dropped on, with its "choose file" button and a hint. */
export function FileDrop(props: {
  children: ReactNode;
  chooseLabel: string;
  hint: string;
  accept: string;
  onFile: (file: File) => void;
  disabled?: boolean;
}) {
  const [dragging, setDragging] = useState(false);
  return (
    <div
      className={dragging ? 'import__drop import__drop--active' : 'import__drop'}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const dropped = e.dataTransfer.files[0];
        if (dropped) props.onFile(dropped);
      }}
    >
      {props.children}
      <p>
        <FileButton
          label={props.chooseLabel}
          accept={props.accept}
          onFile={props.onFile}
          {...(props.disabled !== undefined ? { disabled: props.disabled } : {})}
        />{' '}
        <span className="import__hint">{props.hint}</span>
      </p>
    </div>
  );
}
