interface ProgressBarProps {
  signed: number;
  total: number;
}

/** Signatures made of all, drawn as a bar and said in words beside it. */
export function ProgressBar({ signed, total }: ProgressBarProps) {
  const percent = total > 0 ? Math.round((100 * signed) / total) : 0;

  return (
    <div className="flex items-center gap-3">
      <div
        className="h-2 min-w-16 flex-1 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
        aria-hidden="true"
      >
        <div
          className="h-full rounded-full bg-emerald-600 dark:bg-emerald-400"
          style={{ width: `${percent}%` }}
        />
      </div>
      <p className="shrink-0 text-sm text-slate-700 dark:text-slate-300">
        {signed} of {total} signed
      </p>
    </div>
  );
}
