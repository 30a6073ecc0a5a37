import { auditActionLabel } from './audit-action-label';

describe('auditActionLabel', () => {
  test.each([
    ['revision_signed', 'Signed a document'],
    ['consent_given', 'Agreed to sign electronically'],
    ['signer_called_back', 'Signer called back'],
    ['', 'Unknown event'],
  ])('%j reads as %j', (action, label) => {
    expect(auditActionLabel(action)).toBe(label);
  });
});
