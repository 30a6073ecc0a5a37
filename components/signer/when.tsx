import { formatRelative } from '@/lib/time/format-instant';
import type { ViewerContext } from '@/lib/viewer/viewer-context';

import { LocalTime } from './local-time';

interface WhenProps {
  iso: string;
  now: Date;
  viewer: ViewerContext;
}

/** An instant in the viewer's zone, followed by how far away it is ("in 3 days"). */
export function When({ iso, now, viewer }: WhenProps) {
  return (
    <>
      <LocalTime iso={iso} serverTimeZone={viewer.timeZone} locale={viewer.locale} />{' '}
      <span className="whitespace-nowrap text-slate-600 dark:text-slate-400">
        ({formatRelative(iso, now, viewer.locale)})
      </span>
    </>
  );
}
