import { pino, type DestinationStream, type Logger as Pino } from 'pino';
import type { LogLevel } from './config.js';

/**
 * The application's structured logger (pino, JSON lines on stdout). Secrets never reach the
 * output: fields named like credentials are censored, and every line is scrubbed of the given
 * secret values (the bot token also hides inside URLs and error stacks from the HTTP client).
 */
export function createLogger(level: LogLevel, secrets: readonly (string | null | undefined)[], destination?: DestinationStream): Pino {
  const hidden = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 8);
  // JSON escapes some characters; the token alphabet (digits, letters, ':', '_', '-') is left as is.
  const scrub = (line: string) => hidden.reduce((out, secret) => out.split(secret).join('[REDACTED]'), line);
  return pino(
    {
      level,
      base: { app: 'kazuo-bizbot' },
      redact: {
        paths: ['token', 'botToken', 'secret', '*.token', '*.botToken', '*.secret', 'config.webhook.secret'],
        censor: '[REDACTED]',
      },
      hooks: { streamWrite: scrub },
    },
    destination,
  );
}
