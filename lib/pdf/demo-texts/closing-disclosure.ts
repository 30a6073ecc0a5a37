import type { DemoDocumentText } from '../demo-document-texts';
import { prose } from './prose';

export const closingDisclosure: DemoDocumentText = {
  title: 'Closing Disclosure and Settlement Statement',
  sections: [
    {
      heading: 'About This Statement',
      paragraphs: [
        prose`This statement lists the final terms of the purchase of the property at
        27 Linden Court and every amount each party will pay or receive at closing. Compare it
        with the estimates you received earlier. If anything differs from what you expected, ask
        your closing agent before you sign. Your signature confirms that you have reviewed the
        statement, not that every figure is beyond question.`,
      ],
    },
    {
      heading: '1. Closing Information',
      paragraphs: [
        prose`Date of closing: the date on which the last party signs this statement and the
        funds are received. Disbursement date: the same day, or the next business day if funds
        arrive after 2 p.m. Property: 27 Linden Court, a single-family home with attached garage.
        Sale price: $465,000.00. Settlement agent: the title and escrow company named in the
        purchase contract.`,
      ],
    },
    {
      heading: '2. Loan Terms',
      paragraphs: [
        prose`Loan amount: $372,000.00. Loan term: thirty years. Purpose: purchase. Product:
        fixed rate. Interest rate: 6.375 percent a year, fixed for the life of the loan.
        Monthly principal and interest: $2,320.80. The loan has no prepayment penalty and no
        balloon payment. The interest rate and the monthly principal and interest cannot go up
        after closing.`,
        prose`Estimated total monthly payment, including property taxes and homeowner's insurance
        collected into an escrow account: $2,941.13. The escrow part of the payment can change
        each year as taxes and insurance premiums change.`,
      ],
    },
    {
      heading: '3. Closing Costs',
      paragraphs: [
        prose`Loan costs: origination charge of $1,860.00 (0.5 percent of the loan amount);
        appraisal fee of $625.00; credit report fee of $48.00; flood certification of $12.00;
        lender's title insurance of $1,114.00; settlement fee of $895.00. Total loan costs:
        $4,554.00.`,
        prose`Other costs: county recording fees of $186.00; transfer tax paid by the buyer of
        $465.00; prepaid homeowner's insurance for twelve months of $1,428.00; prepaid interest
        for the days from closing to the end of the month, at $64.97 a day; an initial escrow
        deposit equal to three months of property taxes and two months of insurance.`,
        prose`Lender credits of $1,200.00 reduce the closing costs you pay. Total closing costs
        after lender credits, not counting prepaid items and the escrow deposit: $4,005.00.`,
      ],
    },
    {
      heading: '4. Cash to Close',
      paragraphs: [
        prose`Down payment: $93,000.00. Earnest money deposit already paid: $10,000.00, credited
        to the buyer. Seller credit toward closing costs: $3,500.00. Adjustments for property
        taxes paid by the seller in advance are shown on the attached proration sheet. The
        resulting cash to close is stated on the final line of the attached summary and must be
        sent by wire transfer or cashier's check.`,
        prose`Wire fraud warning: criminals send fake emails that look like they come from
        closing agents and ask for money to be wired to a different account. Before you send
        any funds, call the settlement agent at a phone number you already know, not one given
        in an email, and confirm the account details by voice. The agent will never change
        wiring instructions by email.`,
      ],
    },
    {
      heading: '5. Seller Transaction Summary',
      paragraphs: [
        prose`Sale price due to the seller: $465,000.00. Less payoff of the existing mortgage,
        as stated by the seller's lender for the closing date; real estate commissions as agreed
        in the listing agreement; the seller credit of $3,500.00; the seller's share of transfer
        tax of $465.00; the home warranty fee of $540.00; and the seller's share of property
        taxes for the year up to the closing date. The net amount due to the seller will be
        paid by wire to the account the seller confirms in writing.`,
      ],
    },
    {
      heading: '6. Other Disclosures',
      paragraphs: [
        prose`Appraisal: the property was appraised, and you may request a copy of the report
        at no charge. Liability after foreclosure: if the lender forecloses and the sale does not
        pay the loan in full, state law decides whether you remain liable for the rest. Refinance:
        refinancing this loan will depend on your finances, the value of the property and market
        conditions, and you may not be able to refinance.`,
        prose`Tax deductions: if you itemize, you may be able to deduct interest paid on this
        loan. Consult a tax adviser. Questions: contact the lender or the settlement agent listed
        on the cover page. If you believe you have been treated unfairly, you may also contact
        the consumer financial protection regulator.`,
      ],
    },
    {
      heading: '7. Acknowledgement',
      paragraphs: [
        prose`By signing, each buyer and seller confirms that they have received and reviewed
        this statement, and authorizes the settlement agent to make the payments it lists. The
        figures may be corrected after closing if an error is found, and each party agrees to
        pay or refund any amount needed to correct such an error.`,
      ],
    },
  ],
};
