import type { DemoDocumentText } from '../demo-document-texts';
import { prose } from './prose';

export const listingAgreement: DemoDocumentText = {
  title: 'Exclusive Right to Sell Listing Agreement',
  sections: [
    {
      heading: '1. Appointment of the Brokerage',
      paragraphs: [
        prose`The owner or owners who sign this agreement (the "Seller") appoint the brokerage
        named at the top of this document (the "Brokerage") as the Seller's sole and exclusive
        agent to market and sell the property at 904 Juniper Ridge Road, including the land, the
        buildings on it, and the fixtures and items listed in Section 4 (the "Property"). The
        Brokerage accepts the appointment and will assign a licensed agent to the listing.`,
      ],
    },
    {
      heading: '2. Listing Period and Price',
      paragraphs: [
        prose`This agreement begins on the date on which the last party signs it and ends at
        11:59 p.m. on the one hundred and eightieth day after that date (the "Listing Period"),
        unless it is ended earlier under Section 9. The Seller will offer the Property at a list
        price of $589,000.00, or another price the Seller later approves in writing.`,
        prose`The Seller understands that the list price is the Seller's decision. The Brokerage
        has provided a comparative market analysis, but it is an opinion and not an appraisal or
        a promise of the price the Property will bring.`,
      ],
    },
    {
      heading: '3. Commission',
      paragraphs: [
        prose`The Seller will pay the Brokerage a commission of five percent of the final sale
        price if, during the Listing Period, anyone, including the Seller, finds a buyer who is
        ready, willing and able to buy the Property on the terms in this agreement or on other
        terms the Seller accepts. The commission is earned when such a buyer is found and is
        payable at closing from the Seller's proceeds.`,
        prose`The Brokerage may offer part of its commission to a brokerage that represents the
        buyer. The amount offered, if any, will be agreed with the Seller in writing before it is
        published, and the Seller understands that commissions are negotiable and are not set by
        law or by any association.`,
        prose`The commission is also owed if, within ninety days after the Listing Period ends,
        the Property is sold to anyone who learned of it during the Listing Period and whose name
        the Brokerage gave the Seller in writing within ten days after the Listing Period ended.
        This does not apply if the Seller has then listed the Property with another brokerage.`,
      ],
    },
    {
      heading: '4. Items Included and Excluded',
      paragraphs: [
        prose`Included in the sale: all built-in appliances, window coverings and their hardware,
        light fixtures, ceiling fans, the garage door openers and their remotes, the water
        softener, and the garden shed. Excluded from the sale: the dining room chandelier, the
        washer and dryer, and the wall-mounted television in the family room, which the Seller
        will remove before closing and repair any holes left behind.`,
      ],
    },
    {
      heading: '5. Duties of the Brokerage',
      paragraphs: [
        prose`The Brokerage will list the Property on the local multiple listing service within
        three business days, arrange professional photographs and a floor plan, place a sign on
        the Property if the Seller agrees, hold open houses when the Seller approves them,
        present every written offer promptly, and keep the Seller informed of market feedback
        at least every two weeks.`,
        prose`The Brokerage will keep the Seller's confidential information, such as the lowest
        price the Seller would accept or the reason for selling, private, except where the law
        requires it to be disclosed.`,
      ],
    },
    {
      heading: '6. Duties of the Seller',
      paragraphs: [
        prose`The Seller will give the Brokerage and buyers' agents reasonable access to show the
        Property, keep it in good condition during the Listing Period, refer every enquiry from
        a possible buyer to the Brokerage, and complete the property disclosure statement
        truthfully and to the best of the Seller's knowledge. The Seller confirms that the
        people who sign this agreement are all the owners of record and have the right to sell.`,
      ],
    },
    {
      heading: '7. Deposits and Lockbox',
      paragraphs: [
        prose`The Brokerage may accept an earnest money deposit on the Seller's behalf and will
        place it with the escrow holder named in the purchase contract. The Seller authorizes a
        secure electronic lockbox on the Property and understands that the Brokerage is not an
        insurer against loss or damage caused by people viewing the Property. The Seller should
        lock away valuables and medicines before showings.`,
      ],
    },
    {
      heading: '8. Fair Housing',
      paragraphs: [
        prose`The Property will be offered to every person without regard to race, color,
        religion, sex, disability, family status, national origin or any other class protected
        by law. The Brokerage will not follow any instruction that would break this rule.`,
      ],
    },
    {
      heading: '9. Ending the Agreement and Disputes',
      paragraphs: [
        prose`Either party may end this agreement early by written notice if the other party
        materially breaks it and does not fix the problem within ten days of being told. If the
        Seller withdraws the Property from the market for any other reason, the Seller will
        repay the Brokerage's documented marketing costs, up to $1,500.00.`,
        prose`The parties will first try to resolve any dispute about this agreement through
        mediation before going to court. This agreement is the whole agreement between the
        parties about the listing and may be changed only in a writing signed by both.`,
      ],
    },
  ],
};
