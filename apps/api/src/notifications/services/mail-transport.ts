import { Logger } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared';

export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** Stable per outbox row: a receiver can tell a retried mail it already has. */
  readonly messageId: string;
}

/** Where mails go: an SMTP server, or the log in development. */
export interface MailTransport {
  readonly name: 'smtp' | 'log';
  /** Resolves when the server accepted the mail; rejects otherwise. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** Over SMTP with nodemailer; one connection per mail, short timeouts so a dead server fails fast. */
export function smtpTransport(url: string, from: string): MailTransport {
  const transporter: Transporter = nodemailer.createTransport(
    {
      // nodemailer's own reading of the URL (auth, port, `?tls.rejectUnauthorized=…` options).
      ...parseConnectionUrl(url),
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    },
    { from },
  );
  return {
    name: 'smtp',
    async send(mail) {
      await transporter.sendMail({
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: mail.messageId,
      });
    },
    close: () => transporter.close(),
  };
}

/** Development without SMTP_URL: the mail is written to the log and counts as delivered. */
export function logTransport(logger: Logger): MailTransport {
  return {
    name: 'log',
    send(mail) {
      logger.log(
        `Courriel (non envoyé, SMTP_URL absent) à ${mail.to} — ${mail.subject}\n${mail.text}`,
      );
      return Promise.resolve();
    },
    close: () => undefined,
  };
}
