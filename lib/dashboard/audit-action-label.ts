/** What happened, in the words the owner's audit timeline uses. */
const ACTION_LABELS: Record<string, string> = {
  package_created: 'Package created',
  package_sent: 'Sent for signature',
  link_issued: 'New signing link issued',
  consent_given: 'Agreed to sign electronically',
  document_viewed: 'Opened a document',
  revision_signed: 'Signed a document',
  document_executed: 'Document signed by everyone',
  package_executed: 'Package completed',
  package_declined: 'Declined to sign',
  package_rescinded: 'Package cancelled',
  package_extended: 'Deadline extended',
  package_expired: 'Deadline passed',
  reminder_sent: 'Reminder sent',
};

/**
 * The label of an audit action. An action this version has no words for is still shown, in
 * its own name made readable ("signer_called" as "Signer called"), never hidden.
 */
export function auditActionLabel(action: string): string {
  const known = ACTION_LABELS[action];
  if (known) return known;

  const words = action.replace(/[_-]+/g, ' ').trim();

  return words ? words[0]!.toUpperCase() + words.slice(1) : 'Unknown event';
}
