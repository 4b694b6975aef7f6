import { useId } from 'react';

/** A view option above a frame's chart (sort, layout, measure), its choices and the one chosen. */
export interface ControlModel {
  param: string;
  label: string;
  /** A drop-down, or a row of radio buttons for two or three short choices. */
  style: 'select' | 'segmented';
  options: readonly { value: string; label: string }[];
  value: string;
}

/** The frame's view options; the caller keeps them (in the URL). */
export function Controls({
  controls,
  onChange,
}: {
  controls: readonly ControlModel[];
  onChange: (param: string, value: string) => void;
}) {
  const id = useId();
  return (
    <>
      {controls.map((c) =>
        c.style === 'select' ? (
          <span key={c.param} className="control">
            <label htmlFor={`${id}-${c.param}`}>{c.label}</label>
            <select id={`${id}-${c.param}`} value={c.value} onChange={(e) => onChange(c.param, e.target.value)}>
              {c.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </span>
        ) : (
          <fieldset key={c.param} className="control control--segmented">
            <legend>{c.label}</legend>
            {c.options.map((o) => (
              <label key={o.value}>
                <input
                  type="radio"
                  name={`${id}-${c.param}`}
                  value={o.value}
                  checked={c.value === o.value}
                  onChange={() => onChange(c.param, o.value)}
                />
                {o.label}
              </label>
            ))}
          </fieldset>
        ),
      )}
    </>
  );
}
