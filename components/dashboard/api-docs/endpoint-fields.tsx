import type { SchemaField } from '@/lib/api/openapi/schema-fields';

interface EndpointFieldsProps {
  title: string;
  fields: SchemaField[];
}

/**
 * The fields of a request or an answer: name, type and whether it is required, with allowed
 * values, defaults and limits below. A list rather than a table, so it reads on a phone.
 */
export function EndpointFields({ title, fields }: EndpointFieldsProps) {
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-semibold text-slate-800 dark:text-slate-200">{title}</h3>
      <ul
        aria-label={title}
        className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800"
      >
        {fields.map((field) => (
          <li key={field.name} className="space-y-1 px-3 py-2 text-sm">
            <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
              <code className="font-mono font-semibold break-all text-slate-900 dark:text-slate-100">
                {field.name}
              </code>
              <span className="text-slate-700 dark:text-slate-300">{field.type}</span>
              {field.required ? (
                <span className="rounded bg-slate-100 px-1.5 text-xs font-medium text-slate-800 dark:bg-slate-800 dark:text-slate-100">
                  required
                </span>
              ) : null}
            </p>
            {field.notes.length > 0 ? (
              <p className="break-words text-slate-700 dark:text-slate-300">
                {field.notes.join(' ')}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
