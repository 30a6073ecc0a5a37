/**
 * The five package types of the package API. The constants are case-sensitive and one of them
 * holds a space: they are the contract, and integrations send them exactly as written here.
 */
export const PACKAGE_TYPES = [
  'concurrent',
  'Sequential',
  'Counterpart',
  'video_closing_room',
  'Live Session',
] as const;

export type PackageType = (typeof PACKAGE_TYPES)[number];

/** What people see for each type: a short name and one sentence on how signing works. */
export const PACKAGE_TYPE_LABELS: Record<PackageType, { label: string; description: string }> = {
  concurrent: {
    label: 'Concurrent',
    description: 'Every signer may sign at once.',
  },
  Sequential: {
    label: 'Sequential',
    description: 'Signers sign one after another, in order.',
  },
  Counterpart: {
    label: 'Group Send',
    description: 'Every signer gets and signs their own copy, all at once.',
  },
  video_closing_room: {
    label: 'Video Signing Room',
    description: 'Signing happens in a scheduled video meeting.',
  },
  'Live Session': {
    label: 'In Person',
    description: 'Signers sign in turn on the sender’s device.',
  },
};

export const UNKNOWN_LABEL = 'Unknown';

export function isPackageType(value: unknown): value is PackageType {
  return typeof value === 'string' && (PACKAGE_TYPES as readonly string[]).includes(value);
}

/** The label of a type, or "Unknown" for a value this version does not know. */
export function packageTypeLabel(type: string): string {
  return isPackageType(type) ? PACKAGE_TYPE_LABELS[type].label : UNKNOWN_LABEL;
}
