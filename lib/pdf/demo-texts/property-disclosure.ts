import type { DemoDocumentText } from '../demo-document-texts';
import { prose } from './prose';

export const propertyDisclosure: DemoDocumentText = {
  title: "Seller's Property Disclosure Statement",
  sections: [
    {
      heading: 'Notice to Buyer and Seller',
      paragraphs: [
        prose`This statement describes the condition of the property at 904 Juniper Ridge Road
        as known to the seller on the date it is signed. It is not a warranty of any kind by the
        seller or by any agent, and it does not replace an inspection. The buyer is encouraged
        to hire qualified inspectors of the buyer's choice and to check any matter that is
        important to the buyer.`,
        prose`The seller must answer each question truthfully and to the best of the seller's
        actual knowledge. If the seller does not know the answer, the seller should say so
        rather than guess. If anything in this statement becomes untrue before closing, the
        seller will tell the buyer in writing promptly.`,
      ],
    },
    {
      heading: '1. General Information',
      paragraphs: [
        prose`The seller has owned the property for nine years and has lived in it during that
        time. The house was built in 1987. A two-story addition over the garage was completed
        in 2019 with a building permit, and the final inspection was approved. The seller is
        not aware of any other work done without a permit that would have required one.`,
      ],
    },
    {
      heading: '2. Roof, Structure and Foundation',
      paragraphs: [
        prose`The roof covering was replaced in 2016 with architectural asphalt shingles. The
        seller is aware of one leak, above the rear bedroom window, which was repaired by a
        licensed roofer in 2021; no leak has been seen since. The seller is not aware of any
        cracks in the foundation other than hairline cracks in the garage floor, of any
        settlement, or of any movement of walls or floors.`,
      ],
    },
    {
      heading: '3. Water, Moisture and Mold',
      paragraphs: [
        prose`The basement took on about one inch of water during a storm in 2018, when the sump
        pump failed. The pump was replaced and a battery backup was added, and there has been no
        water in the basement since. The seller is not aware of any mold other than small
        spots on the bathroom ceiling that were cleaned and repainted. The property is not known
        to be in a flood zone, and the seller has not made any flood insurance claim.`,
      ],
    },
    {
      heading: '4. Systems and Appliances',
      paragraphs: [
        prose`Heating is by a natural gas forced-air furnace installed in 2014 and serviced each
        autumn. Central air conditioning was installed in 2014. The water heater is a fifty
        gallon gas unit installed in 2020. The electrical panel is 200 amps. The seller is not
        aware of any defect in the plumbing, electrical, heating or cooling systems, except that
        the upstairs hall light switch sometimes needs to be pressed twice.`,
        prose`The house is served by public water and public sewer. The seller is not aware of
        any backups of the sewer line. The dishwasher, range, refrigerator and built-in microwave
        are in working order and are included in the sale.`,
      ],
    },
    {
      heading: '5. Environmental Matters',
      paragraphs: [
        prose`The house was built after 1978, so no separate lead-based paint disclosure is
        required, and the seller is not aware of any lead-based paint. A radon test
        in 2019 showed 2.1 picocuries per liter, below the level at which action is recommended.
        The seller is not aware of any buried oil tank, asbestos, contaminated soil, or use of
        the property to make illegal drugs.`,
      ],
    },
    {
      heading: '6. Boundaries, Rights and Neighborhood',
      paragraphs: [
        prose`The seller believes that the fences are on or inside the property lines, but no
        survey has been made during the seller's ownership. There is a recorded utility easement
        along the rear five feet of the lot. The property belongs to a homeowners' association
        with annual dues of $420.00, and the seller is not aware of any special assessment that
        has been approved or proposed. The seller is not aware of any lawsuit, zoning violation
        or planned road work affecting the property.`,
      ],
    },
    {
      heading: '7. Insurance Claims and Other Matters',
      paragraphs: [
        prose`The seller made one insurance claim in the last five years, for hail damage to the
        gutters in 2022, which were replaced. The seller is not aware of any pest infestation
        other than carpenter ants near the back deck in 2020, treated by a licensed company with
        a follow-up visit that found no further activity. There have been no deaths on the
        property that the law requires the seller to disclose.`,
      ],
    },
    {
      heading: '8. Signatures',
      paragraphs: [
        prose`The seller confirms that the information above is true and complete to the best
        of the seller's knowledge on the date of signing, and authorizes the seller's agent to
        give a copy of this statement to prospective buyers and their agents.`,
        prose`The buyer confirms receipt of a copy of this statement, and understands that it
        is not a substitute for inspections and that the buyer should not rely on it as a
        warranty about the condition of the property.`,
      ],
    },
  ],
};
