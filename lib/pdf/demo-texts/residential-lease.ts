import type { DemoDocumentText } from '../demo-document-texts';
import { prose } from './prose';

export const residentialLease: DemoDocumentText = {
  title: 'Residential Lease Agreement',
  sections: [
    {
      heading: '1. Parties and Premises',
      paragraphs: [
        prose`This Residential Lease Agreement (the "Lease") is made between the owner of the
        property named below (the "Landlord") and each person who signs this Lease as a tenant
        (together, the "Tenant"). The Landlord agrees to rent to the Tenant, and the Tenant agrees
        to rent from the Landlord, the dwelling at 1428 Alder Street, Unit 3B, together with one
        assigned parking space and the storage locker marked with the same unit number (together,
        the "Premises").`,
        prose`The Premises are rented as a private residence only. No more than three people may
        live in the Premises. A guest who stays more than fourteen nights in any six-month period
        becomes an occupant and must be approved in writing by the Landlord before the fifteenth
        night.`,
      ],
    },
    {
      heading: '2. Term',
      paragraphs: [
        prose`The Lease begins on the first day of the month following the date on which the last
        party signs it and runs for twelve months. At the end of that term the Lease continues
        from month to month on the same terms unless either party gives written notice to end it
        at least sixty days before the end of the term or, later, before the end of any month.`,
        prose`If the Landlord cannot give the Tenant possession on the start date because a prior
        occupant has not left or repairs are not finished, rent is reduced day for day until
        possession is given. If possession is not given within fourteen days of the start date,
        the Tenant may cancel this Lease by written notice and receive a full refund of all money
        paid.`,
      ],
    },
    {
      heading: '3. Rent',
      paragraphs: [
        prose`Monthly rent is $2,150.00, due in advance on the first day of each month. Rent is
        paid through the online payment portal named by the Landlord, by bank transfer, or by
        check delivered to the management office. Cash is not accepted. Rent for any partial
        month at the start of the Lease is prorated by the number of days in that month.`,
        prose`Rent that is not received by the end of the fifth day of the month is late. A late
        charge of $75.00 is then due once for that month. A payment returned by the bank for
        insufficient funds carries a charge of $35.00, and after two returned payments the
        Landlord may require that rent be paid by certified funds for the rest of the term.`,
      ],
    },
    {
      heading: '4. Security Deposit',
      paragraphs: [
        prose`On signing, the Tenant pays a security deposit of $2,150.00. The Landlord holds the
        deposit in a separate account as the law of the place where the Premises are located
        requires. The deposit is not a limit on the Tenant's liability and may not be used by the
        Tenant as the last month's rent.`,
        prose`Within twenty-one days after the Tenant moves out and returns all keys, the Landlord
        will return the deposit, less any amount needed to pay unpaid rent, to repair damage
        beyond normal wear and tear, or to clean the Premises to the condition recorded in the
        move-in inspection. The Landlord will send an itemized list of any deductions, with
        receipts or estimates, to the forwarding address the Tenant provides.`,
      ],
    },
    {
      heading: '5. Utilities and Services',
      paragraphs: [
        prose`The Landlord pays for water, sewer and trash collection. The Tenant arranges and
        pays for electricity, gas, internet and any other service the Tenant chooses, and must
        have electricity and gas accounts in the Tenant's name from the start date. The Tenant may
        not let any utility be shut off for non-payment while the Tenant occupies the Premises.`,
      ],
    },
    {
      heading: '6. Use, Care and Repairs',
      paragraphs: [
        prose`The Tenant will keep the Premises clean and safe, use every fixture and appliance
        in a reasonable way, and promptly report in writing any leak, mold, pest problem, broken
        lock or other defect. The Landlord will make repairs needed to keep the Premises fit to
        live in within a reasonable time after notice, and within twenty-four hours for any
        condition that affects heat, water, electricity or security.`,
        prose`The Tenant pays for repairs to damage caused by the Tenant, an occupant or a guest,
        other than normal wear and tear. The Tenant may not paint, change locks, install
        fixtures or make other alterations without the Landlord's written consent. Small picture
        hooks are allowed and need not be removed at move-out.`,
      ],
    },
    {
      heading: '7. Entry by the Landlord',
      paragraphs: [
        prose`The Landlord may enter the Premises to inspect, make repairs, or show the Premises
        to prospective tenants, buyers or lenders, at reasonable times and after at least
        twenty-four hours' written notice. In an emergency that threatens people or property,
        the Landlord may enter without notice and will tell the Tenant afterwards what was done.`,
      ],
    },
    {
      heading: '8. Pets, Smoking and Quiet Enjoyment',
      paragraphs: [
        prose`No animal may be kept on the Premises without the Landlord's written consent,
        except an assistance animal the law allows. Smoking of any substance is not allowed
        inside the building or within twenty-five feet of any entrance. Each party will respect
        the right of neighbors to the quiet enjoyment of their homes, and quiet hours in the
        building are from 10 p.m. to 7 a.m.`,
      ],
    },
    {
      heading: '9. Ending the Lease and Moving Out',
      paragraphs: [
        prose`At the end of the Lease the Tenant will remove all belongings, leave the Premises
        broom clean, and return every key, fob and parking permit. The parties will walk through
        the Premises together if either asks, and compare them with the move-in inspection.
        Belongings left behind will be handled as the law of the place requires.`,
        prose`If the Tenant must end the Lease early, the Tenant remains responsible for rent
        until a new tenant approved by the Landlord begins paying rent or the term ends,
        whichever comes first. The Landlord will make reasonable efforts to find a new tenant.`,
      ],
    },
    {
      heading: '10. General Terms',
      paragraphs: [
        prose`This Lease is the whole agreement between the parties about the Premises and may be
        changed only in writing signed by both. Notices must be in writing and may be delivered
        by hand, by mail, or by email to the addresses given below the signatures. If any part of
        this Lease cannot be enforced, the rest remains in effect. Each person who signs as Tenant
        is responsible for the whole rent and for every obligation of the Tenant.`,
        prose`By signing, each party confirms that they have read this Lease, have received a
        copy of it and of the move-in inspection form, and agree to its terms.`,
      ],
    },
  ],
};
