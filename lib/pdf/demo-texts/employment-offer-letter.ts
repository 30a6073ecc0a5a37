import type { DemoDocumentText } from '../demo-document-texts';
import { prose } from './prose';

export const employmentOfferLetter: DemoDocumentText = {
  title: 'Offer of Employment',
  sections: [
    {
      heading: 'Dear Candidate',
      paragraphs: [
        prose`We are pleased to offer you the position of Senior Operations Coordinator. This
        letter sets out the main terms of the offer. Please read it carefully, and sign it where
        shown if you accept. The offer remains open until 5 p.m. on the seventh day after the
        date on which it was sent to you.`,
        prose`We enjoyed getting to know you during the interviews, and we believe your
        experience in scheduling, vendor management and process improvement will be a real
        strength for the team.`,
      ],
    },
    {
      heading: '1. Position and Start Date',
      paragraphs: [
        prose`You will report to the Director of Operations and work from our main office, with
        up to two days a week of remote work by arrangement with your manager. Your first day of
        work will be the Monday four weeks after you sign this letter, or another date we agree
        in writing. Your main duties are described in the attached role summary, and may change
        over time as the needs of the business change.`,
      ],
    },
    {
      heading: '2. Pay',
      paragraphs: [
        prose`Your starting salary is $78,500.00 a year, paid in equal installments every two
        weeks, less the taxes and deductions the law requires or that you authorize. The position
        is classified as exempt from overtime. Salaries are reviewed each year in the first
        quarter, and any change depends on your performance and the results of the business.`,
        prose`You will also be eligible for the annual incentive plan, with a target award of
        eight percent of the salary you earn during the plan year. Awards depend on company and
        individual goals and are paid only under the written terms of the plan, which may change
        from year to year. You must be employed on the payment date to receive an award.`,
      ],
    },
    {
      heading: '3. Benefits and Time Off',
      paragraphs: [
        prose`You will be eligible to join our medical, dental and vision plans from the first of
        the month after your start date, and our retirement savings plan, which matches half of
        your contributions up to six percent of salary, after thirty days of service. Details
        and costs are set out in the benefits guide, which governs if it differs from this letter.`,
        prose`You will accrue paid time off at a rate of fifteen days a year, rising to twenty
        days after three years of service, in addition to eleven paid holidays. Sick leave is
        provided as our policy and the law of your work location require.`,
      ],
    },
    {
      heading: '4. Conditions of the Offer',
      paragraphs: [
        prose`This offer depends on three things: satisfactory results from the reference and
        background checks you have authorized; your proof, within three working days of your
        start date, that you are legally entitled to work in this country; and your signing our
        standard confidentiality and invention assignment agreement, a copy of which is enclosed.`,
        prose`You confirm that you are not bound by any agreement, such as a non-compete or
        non-solicitation agreement, that would prevent you from doing this job, and that you
        will not bring to us or use any confidential information belonging to a former employer.`,
      ],
    },
    {
      heading: '5. At-Will Employment',
      paragraphs: [
        prose`Your employment with us is at will. This means that either you or the company may
        end the employment at any time, with or without cause or notice. We ask that you give at
        least two weeks' notice if you decide to leave. Nothing in this letter, in our policies
        or in any conversation creates a contract for employment for any particular length of
        time. Only the Chief Executive Officer may change this in a signed writing.`,
      ],
    },
    {
      heading: '6. Policies',
      paragraphs: [
        prose`As an employee you will be expected to follow our written policies, including the
        code of conduct, the information security policy and the policy against harassment and
        discrimination. You will receive these on your first day, and we will ask you to confirm
        that you have read them during your first week.`,
      ],
    },
    {
      heading: '7. Acceptance',
      paragraphs: [
        prose`This letter, together with the confidentiality agreement and the documents it
        refers to, is the full statement of the terms of our offer and replaces anything said
        or written before. If you have any questions, please contact the recruiting team before
        you sign.`,
        prose`We look forward to welcoming you. To accept, please sign and date this letter
        below. Your signature confirms that you have read and understood the terms above and
        that you accept them.`,
      ],
    },
  ],
};
