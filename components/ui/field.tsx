'use client';

import {
  useSyncExternalStore,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

/*
 * The form primitives: Field ties a label to its control by id and lays out
 * the control and whatever follows it (a hint, a notice); Input, TextArea and
 * Select give every control one look, so a border or focus ring changes in
 * one place. The control's own attributes (id, aria-*, autoComplete, …) pass
 * through unchanged.
 */

const CONTROL =
  'rounded-lg border border-slate-300 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-emerald-500 dark:border-slate-700 dark:text-slate-100';
/** Editable controls sit on white; a read-only one (a link to copy) on the page's grey. */
const EDITABLE = 'bg-white dark:bg-slate-900';
const READ_ONLY = 'bg-slate-50 dark:bg-slate-950';

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

const unchanging = () => () => {};

/**
 * False in the server's HTML and until React has hydrated the page, then true.
 * Text typed into a controlled field before hydration would be dropped
 * silently when React takes the field over (its state is still empty), so
 * fields take input only from then on: on a slow phone, for a moment, the
 * field does not react rather than losing what was typed.
 */
function useHydrated(): boolean {
  return useSyncExternalStore(
    unchanging,
    () => true,
    () => false,
  );
}

/**
 * A labelled field. `id` is the control's id: pass the same id to the control.
 * `layout`: `stacked` (default) puts the label above, `inline` beside the control.
 */
export function Field({
  id,
  label,
  layout = 'stacked',
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  layout?: 'stacked' | 'inline';
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={classes(layout === 'inline' ? 'flex items-center gap-2' : 'flex flex-col gap-1.5', className)}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children}
    </div>
  );
}

/** A text input; `readOnly` ones (a link to copy) get the read-only surface. */
export function Input({ className, readOnly, ...props }: InputHTMLAttributes<HTMLInputElement>) {
  const hydrated = useHydrated();
  return (
    <input
      className={classes(CONTROL, readOnly ? READ_ONLY : EDITABLE, 'px-3 py-2', className)}
      readOnly={readOnly || !hydrated}
      {...props}
    />
  );
}

export function TextArea({ className, readOnly, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const hydrated = useHydrated();
  return (
    <textarea className={classes(CONTROL, EDITABLE, 'p-3', className)} readOnly={readOnly || !hydrated} {...props} />
  );
}

/** A select; `compact` for one that sits in a line of text (the language switcher). */
/** A select; like the text fields, it takes a choice only once the page is hydrated (useHydrated). */
export function Select({
  compact = false,
  className,
  disabled,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & { compact?: boolean }) {
  const hydrated = useHydrated();
  return (
    <select
      className={classes(CONTROL, EDITABLE, compact ? 'px-2 py-1' : 'px-3 py-2', className)}
      disabled={disabled || !hydrated}
      {...props}
    />
  );
}
