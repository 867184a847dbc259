import { useId } from 'react';

export type SegmentedOption<V extends string | number> = { value: V; label: string };

/**
 * A choice of one among a few, drawn as joined segments. It is a group of
 * native radio buttons (transparent, each laid over its visible label), so
 * it has radio-group semantics and the keyboard behaviour of native radios
 * for free: Tab reaches the chosen one, the arrow keys move and choose.
 * Options come in as props, so the same control serves any closed list
 * (the lifetimes and view counts of an instance's policy, say).
 * @param name - the radios' form name; also the id prefix of the options
 */
export function SegmentedControl<V extends string | number>({
  name,
  label,
  value,
  options,
  onChange,
  className = '',
}: {
  name: string;
  label: string;
  value: V;
  options: readonly SegmentedOption<V>[];
  onChange: (value: V) => void;
  className?: string;
}) {
  const labelId = useId();
  return (
    <div className={`flex flex-col gap-1.5 ${className}`}>
      <span id={labelId} className="text-sm font-medium">
        {label}
      </span>
      <div
        role="radiogroup"
        aria-labelledby={labelId}
        className="flex flex-wrap gap-1 rounded-lg border border-slate-300 bg-slate-100 p-1 dark:border-slate-700 dark:bg-slate-950"
      >
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          const checked = option.value === value;
          return (
            <label
              key={option.value}
              htmlFor={id}
              className={`relative flex-1 cursor-pointer rounded-md px-3 py-1.5 text-center text-sm whitespace-nowrap transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-emerald-500 ${
                checked
                  ? 'bg-white font-semibold text-emerald-800 shadow-sm ring-1 ring-emerald-600/40 dark:bg-slate-800 dark:text-emerald-300 dark:ring-emerald-400/40'
                  : 'text-slate-700 hover:bg-white/70 dark:text-slate-300 dark:hover:bg-slate-800/60'
              }`}
            >
              <input
                id={id}
                type="radio"
                name={name}
                value={String(option.value)}
                checked={checked}
                onChange={() => onChange(option.value)}
                className="absolute inset-0 m-0 size-full cursor-pointer appearance-none rounded-md opacity-0"
              />
              {option.label}
            </label>
          );
        })}
      </div>
    </div>
  );
}
