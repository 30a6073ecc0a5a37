import type { DemoDocumentText } from '../demo-document-texts';
import { prose } from './prose';

export const purchaseOffer: DemoDocumentText = {
  title: 'Offer to Purchase Real Estate',
  sections: [
    {
      heading: '1. Offer',
      paragraphs: [
        prose`The buyer or buyers who sign this document (the "Buyer") offer to buy from the
        owner of record (the "Seller") the property at 904 Juniper Ridge Road, together with the
        fixtures and items the listing includes (the "Property"), on the terms below. When the
        Seller signs it, this offer becomes a binding contract of sale.`,
      ],
    },
    {
      heading: '2. Price and Payment',
      paragraphs: [
        prose`The purchase price is $575,000.00. The Buyer will pay an earnest money deposit of
        $15,000.00 to the escrow holder within three business days after this offer is
        accepted. The deposit will be credited toward the price at closing. The Buyer will
        finance $460,000.00 with a conventional loan and will pay the rest of the price, plus the
        Buyer's closing costs, in good funds at closing.`,
        prose`The Buyer confirms that the Buyer has the funds for the deposit and the down
        payment now, and is not relying on the sale of another property to buy this one. A
        pre-approval letter from the Buyer's lender is attached.`,
      ],
    },
    {
      heading: '3. Financing Contingency',
      paragraphs: [
        prose`This contract depends on the Buyer obtaining a written loan commitment for the
        amount above, at an interest rate no higher than 7.0 percent a year, within twenty-five
        days after acceptance. The Buyer will apply for the loan within five days after
        acceptance and will act in good faith to obtain it. If the Buyer cannot obtain the
        commitment in time and tells the Seller so in writing before the deadline, either party
        may cancel, and the deposit will be returned to the Buyer.`,
      ],
    },
    {
      heading: '4. Appraisal',
      paragraphs: [
        prose`If the Property appraises for less than the purchase price, the Buyer may, within
        three days after receiving the appraisal, ask the Seller to reduce the price to the
        appraised value. If the parties do not agree on a new price within three days after that
        request, the Buyer may cancel and receive the deposit back.`,
      ],
    },
    {
      heading: '5. Inspections',
      paragraphs: [
        prose`The Buyer may, at the Buyer's expense, have the Property inspected by qualified
        inspectors within ten days after acceptance, including general home, radon, sewer line
        and pest inspections. The Seller will make the Property available and will have all
        utilities on for the inspections.`,
        prose`If the Buyer is not satisfied with the results, the Buyer may, before the end of
        the inspection period, either cancel this contract by written notice and receive the
        deposit back, or send the Seller a written list of requested repairs or credits. The
        Seller will answer within three days. If the parties do not agree within three days
        after the Seller's answer, the Buyer may cancel and receive the deposit back.`,
      ],
    },
    {
      heading: '6. Title and Closing',
      paragraphs: [
        prose`The Seller will convey good and marketable title by warranty deed, free of liens
        and of any defects other than recorded easements and restrictions that do not interfere
        with the Property's use as a single-family home. The Seller will pay for an owner's
        title insurance policy in the amount of the price.`,
        prose`Closing will take place on or before the forty-fifth day after acceptance, at the
        office of the escrow holder or electronically. The Seller will give the Buyer possession
        at closing, with all keys and openers, and with the Property in the same condition as on
        the date of acceptance, normal wear and tear excepted, and free of debris.`,
      ],
    },
    {
      heading: '7. Prorations and Costs',
      paragraphs: [
        prose`Property taxes, homeowners' association dues and any rents will be prorated as of
        the date of closing. Each party will pay the closing costs customarily paid by a buyer
        or a seller where the Property is located, unless this contract says otherwise. The
        Seller will credit the Buyer $3,000.00 toward the Buyer's closing costs.`,
      ],
    },
    {
      heading: '8. Risk of Loss and Final Walk-Through',
      paragraphs: [
        prose`The Seller bears the risk of loss or damage to the Property until closing. If the
        Property is materially damaged before closing, the Buyer may cancel and receive the
        deposit back, or may close and receive any insurance proceeds. The Buyer may walk
        through the Property within two days before closing to confirm that agreed repairs are
        done and that the Property is in the agreed condition.`,
      ],
    },
    {
      heading: '9. Default',
      paragraphs: [
        prose`If the Buyer fails to close without a right to cancel under this contract, the
        Seller may keep the deposit as the Seller's only remedy. If the Seller fails to close,
        the Buyer may ask a court to order the sale or may cancel and receive the deposit back,
        in addition to any other remedy the law provides.`,
      ],
    },
    {
      heading: '10. Time for Acceptance',
      paragraphs: [
        prose`This offer expires unless the Seller signs it and delivers a signed copy to the
        Buyer or the Buyer's agent by 8 p.m. on the second day after the Buyer signs it. A
        signed copy sent electronically counts as delivery. Time is of the essence for every
        deadline in this contract.`,
      ],
    },
  ],
};
