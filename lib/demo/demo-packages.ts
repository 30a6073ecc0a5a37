import type { DemoDocumentKind } from '@/lib/pdf/demo-document-texts';
import type { NewSigner } from '@/lib/packages/create-package';

/** A demo package, with times given relative to the moment the demo is seeded. */
export interface DemoPackage {
  name: string;
  type: string;
  state: string;
  documents: { name: string; kind: DemoDocumentKind }[];
  signers: NewSigner[];
  /** Days from now to the deadline (negative: already passed); null for none. */
  deadlineInDays: number | null;
  meetingInDays?: number;
  rescindMessage?: string;
  /** Emails of signers who have signed every document. */
  signedBy?: string[];
  /** Emails of signers whose link has already expired. */
  expiredLinksOf?: string[];
}

const carter: NewSigner = {
  firstName: 'Emily',
  lastName: 'Carter',
  email: 'emily.carter+lease@example.com',
  order: 1,
};
const watanabe: NewSigner = {
  firstName: '健',
  lastName: '渡辺',
  email: 'ken.watanabe@example.jp',
  order: 2,
};
const fatima: NewSigner = {
  firstName: 'فاطمة',
  lastName: 'الزهراء',
  email: 'fatima.alzahra@example.net',
  order: 3,
};

/** One package of every type, in the states a real organization would have them. */
export const DEMO_PACKAGES: DemoPackage[] = [
  {
    name: 'Lease: 42 Harbour Street, Unit 3B',
    type: 'Sequential',
    state: 'open',
    documents: [
      { name: 'Residential lease agreement', kind: 'residential-lease' },
      { name: 'Property condition disclosure', kind: 'property-disclosure' },
    ],
    signers: [carter, watanabe, fatima],
    deadlineInDays: 5,
    signedBy: [carter.email],
  },
  {
    name: 'Mutual NDA: Harbour Street renovation',
    type: 'concurrent',
    state: 'open',
    documents: [{ name: 'Mutual non-disclosure agreement', kind: 'mutual-nda' }],
    signers: [
      { firstName: 'Minh Khai', lastName: 'Nguyễn Thị', email: 'minhkhai@example.vn', order: 1 },
      { firstName: 'Lucas', lastName: 'Moreau', email: 'lucas.moreau@example.fr', order: 2 },
    ],
    deadlineInDays: 10,
    signedBy: ['lucas.moreau@example.fr'],
  },
  {
    name: 'Offer letter: Leasing consultant',
    type: 'Counterpart',
    state: 'open',
    documents: [{ name: 'Employment offer letter', kind: 'employment-offer-letter' }],
    signers: [
      { firstName: 'Sofia', lastName: 'Rossi', email: 'sofia.rossi@example.it', order: 1 },
      { firstName: 'Daniel', lastName: 'Kim', email: 'daniel.kim@example.com', order: 1 },
      { firstName: 'Aisha', lastName: 'Bello', email: 'aisha.bello@example.ng', order: 1 },
    ],
    deadlineInDays: 14,
    expiredLinksOf: ['daniel.kim@example.com'],
  },
  {
    name: 'Closing: 7 Birch Lane',
    type: 'video_closing_room',
    state: 'open',
    documents: [{ name: 'Closing disclosure', kind: 'closing-disclosure' }],
    signers: [
      { firstName: 'Oliver', lastName: 'Bennett', email: 'oliver.bennett@example.co.uk', order: 1 },
      { firstName: 'Ольга', lastName: 'Петрова', email: 'olga.petrova@example.com', order: 2 },
    ],
    deadlineInDays: null,
    meetingInDays: 7,
  },
  {
    name: 'Listing agreement: 18 Cedar Road',
    type: 'Live Session',
    state: 'open',
    documents: [{ name: 'Exclusive listing agreement', kind: 'listing-agreement' }],
    signers: [
      { firstName: 'María José', lastName: 'García', email: 'mjgarcia@example.es', order: 1 },
      { firstName: 'Thomas', lastName: 'Müller', email: 'thomas.mueller@example.de', order: 2 },
    ],
    deadlineInDays: 3,
  },
  {
    name: 'Move-in inspection: 42 Harbour Street',
    type: 'concurrent',
    // Opened, then signed by everyone while seeding, which executes it.
    state: 'open',
    documents: [{ name: 'Move-in inspection checklist', kind: 'move-in-inspection' }],
    signers: [
      { ...carter, order: 1 },
      { firstName: 'Samuel', lastName: 'Okafor', email: 'samuel.okafor@example.com', order: 2 },
    ],
    deadlineInDays: 20,
    signedBy: [carter.email, 'samuel.okafor@example.com'],
  },
  {
    name: 'Purchase offer: 9 Elm Court',
    type: 'Sequential',
    state: 'expired',
    documents: [{ name: 'Offer to purchase real estate', kind: 'purchase-offer' }],
    signers: [
      { firstName: 'Priya', lastName: 'Raman', email: 'priya.raman@example.in', order: 1 },
      { firstName: 'Jonas', lastName: 'Berg', email: 'jonas.berg@example.se', order: 2 },
    ],
    deadlineInDays: -2,
  },
  {
    name: 'Purchase offer: 31 Oak Avenue',
    type: 'concurrent',
    state: 'rescinded',
    documents: [{ name: 'Offer to purchase real estate', kind: 'purchase-offer' }],
    signers: [
      { firstName: 'Chloé', lastName: 'Dubois', email: 'chloe.dubois@example.fr', order: 1 },
    ],
    deadlineInDays: 6,
    rescindMessage: 'The sellers accepted another offer. Thank you for your interest in the home.',
  },
  {
    name: 'Lease renewal: 5 Pine Street',
    type: 'Sequential',
    state: 'draft',
    documents: [{ name: 'Lease renewal agreement', kind: 'residential-lease' }],
    signers: [
      { firstName: 'Noah', lastName: 'Williams', email: 'noah.williams@example.com', order: 1 },
    ],
    deadlineInDays: 12,
  },
];
