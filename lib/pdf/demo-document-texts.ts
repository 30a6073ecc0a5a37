import type { DemoDocumentSection } from './create-demo-document';
import { closingDisclosure } from './demo-texts/closing-disclosure';
import { employmentOfferLetter } from './demo-texts/employment-offer-letter';
import { listingAgreement } from './demo-texts/listing-agreement';
import { moveInInspection } from './demo-texts/move-in-inspection';
import { mutualNda } from './demo-texts/mutual-nda';
import { propertyDisclosure } from './demo-texts/property-disclosure';
import { purchaseOffer } from './demo-texts/purchase-offer';
import { residentialLease } from './demo-texts/residential-lease';

/** The text of one demo document, ready for `createDemoDocument` with an organization's name. */
export interface DemoDocumentText {
  title: string;
  sections: DemoDocumentSection[];
}

export type DemoDocumentKind =
  | 'residential-lease'
  | 'mutual-nda'
  | 'employment-offer-letter'
  | 'closing-disclosure'
  | 'listing-agreement'
  | 'property-disclosure'
  | 'purchase-offer'
  | 'move-in-inspection';

/**
 * Plausible documents for demo packages, written for this project. Each fills at least two
 * pages. They are examples of layout and length only, not legal advice or usable contracts.
 */
export const demoDocumentTexts: Readonly<Record<DemoDocumentKind, DemoDocumentText>> = {
  'residential-lease': residentialLease,
  'mutual-nda': mutualNda,
  'employment-offer-letter': employmentOfferLetter,
  'closing-disclosure': closingDisclosure,
  'listing-agreement': listingAgreement,
  'property-disclosure': propertyDisclosure,
  'purchase-offer': purchaseOffer,
  'move-in-inspection': moveInInspection,
};
