import fs from 'node:fs';
import path from 'node:path';

import nodemailer from 'nodemailer';

import type { MailTransport } from './deliver-outbox';

const FROM = process.env.MAIL_FROM ?? 'Signer portal <no-reply@signer-portal.invalid>';

/**
 * The mail server `SMTP_URL` names; without one, each message is written as an .eml file to
 * the mail folder, where the demo tells people to look.
 */
export function mailTransport(
  mailDirectory = path.resolve(process.env.DATA_DIR ?? './data', 'mail'),
): MailTransport {
  const smtpUrl = process.env.SMTP_URL;

  if (smtpUrl) {
    const transporter = nodemailer.createTransport(smtpUrl);

    return {
      async send(message) {
        await transporter.sendMail({ from: FROM, ...message });
      },
    };
  }

  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true });

  return {
    async send(message) {
      const info = await transporter.sendMail({ from: FROM, ...message });
      const file = path.join(
        mailDirectory,
        `${new Date().toISOString().replace(/[:.]/g, '-')}-${info.messageId.replace(/[^\w.-]/g, '')}.eml`,
      );

      fs.mkdirSync(mailDirectory, { recursive: true });
      fs.writeFileSync(file, info.message as Buffer, { mode: 0o600 });
    },
  };
}
