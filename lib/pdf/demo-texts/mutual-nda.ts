import type { DemoDocumentText } from '../demo-document-texts';
import { prose } from './prose';

export const mutualNda: DemoDocumentText = {
  title: 'Mutual Non-Disclosure Agreement',
  sections: [
    {
      heading: '1. Purpose',
      paragraphs: [
        prose`The two parties who sign this Mutual Non-Disclosure Agreement (the "Agreement")
        wish to discuss a possible business relationship in which each may share information
        that it treats as private (the "Purpose"). Each party may therefore act as a "Discloser"
        of its own information and as a "Recipient" of the other party's information. This
        Agreement sets out how that information must be handled.`,
      ],
    },
    {
      heading: '2. Confidential Information',
      paragraphs: [
        prose`"Confidential Information" means any information a Discloser shares with the
        Recipient in connection with the Purpose, in any form, that is marked or described as
        confidential, or that a reasonable person would understand to be confidential from its
        nature and the way it is shared. It includes business plans, customer and supplier
        lists, prices, financial results, product designs, source code, research, and the terms
        of the discussions themselves.`,
        prose`Confidential Information does not include information that the Recipient can show
        (a) was already public when shared, or becomes public later through no fault of the
        Recipient; (b) was lawfully known to the Recipient before it was shared, without a duty
        to keep it private; (c) was received from a third party who was free to share it; or
        (d) was developed by the Recipient on its own, without using the Discloser's
        information.`,
      ],
    },
    {
      heading: '3. Duties of the Recipient',
      paragraphs: [
        prose`The Recipient will use Confidential Information only for the Purpose and will not
        disclose it to anyone except its employees, officers, advisers and contractors who need
        to know it for the Purpose and who are bound by duties of confidence at least as strict
        as those in this Agreement. The Recipient is responsible for any breach by those people.`,
        prose`The Recipient will protect Confidential Information with at least the care it uses
        for its own information of a similar kind, and never with less than reasonable care. It
        will tell the Discloser promptly in writing if it learns of any loss or unauthorized use
        or disclosure of Confidential Information, and will help the Discloser limit the harm.`,
        prose`The Recipient will not copy Confidential Information except as needed for the
        Purpose, will not try to reverse engineer any sample, prototype or software it receives,
        and will not remove any notice of confidentiality or ownership.`,
      ],
    },
    {
      heading: '4. Disclosure Required by Law',
      paragraphs: [
        prose`If a court, regulator or other authority requires the Recipient to disclose
        Confidential Information, the Recipient may do so, but only to the extent required. Where
        the law allows, the Recipient will first give the Discloser prompt written notice so that
        the Discloser may seek a protective order, and will cooperate reasonably with that effort
        at the Discloser's cost.`,
      ],
    },
    {
      heading: '5. No License and No Obligation',
      paragraphs: [
        prose`All Confidential Information remains the property of the Discloser. Nothing in this
        Agreement grants the Recipient any license or other right in any patent, copyright, trade
        secret or other intellectual property of the Discloser. Neither party is obliged to share
        any particular information, to continue discussions, or to enter into any further
        agreement. Confidential Information is shared "as is", without any promise that it is
        accurate or complete.`,
      ],
    },
    {
      heading: '6. Term and Return of Information',
      paragraphs: [
        prose`This Agreement covers information shared during the two years after the date on
        which the last party signs it. The Recipient's duties for each item of Confidential
        Information last for three years after that item was shared, and for as long as the
        information remains a trade secret under applicable law.`,
        prose`When the discussions end, or at any time at the Discloser's written request, the
        Recipient will promptly return or destroy the Discloser's Confidential Information and
        confirm in writing that it has done so. The Recipient may keep copies held in routine
        backups or required by law, which remain subject to this Agreement until destroyed.`,
      ],
    },
    {
      heading: '7. Remedies',
      paragraphs: [
        prose`Each party agrees that a breach of this Agreement may cause the other party harm
        that money alone cannot repair. The party harmed may therefore ask a court for an
        injunction or other fair remedy to stop or prevent a breach, in addition to any other
        remedy available to it, without having to prove actual damages.`,
      ],
    },
    {
      heading: '8. General Terms',
      paragraphs: [
        prose`This Agreement is the whole agreement of the parties about its subject and replaces
        any earlier understanding about it. It may be changed only in a writing signed by both
        parties. Neither party may assign this Agreement without the other's written consent,
        except to a successor to all or most of its business. If any provision cannot be
        enforced, the rest remains in effect. A failure to enforce a right is not a waiver of it.`,
        prose`This Agreement is governed by the law of the state in which the Discloser whose
        information is at issue has its principal office, without regard to its rules on
        conflicts of law. It may be signed electronically and in counterparts, each of which is
        an original and all of which together are one agreement.`,
        prose`Each person signing below confirms that they are authorized to sign on behalf of
        the party they represent.`,
      ],
    },
  ],
};
