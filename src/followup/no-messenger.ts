import { TelegramNetworkError, type Messenger } from '../core/messenger.js';

/**
 * A Messenger for when there is no Telegram (no BOT_TOKEN: the CLI, the terminal chat). Every send
 * fails as a network failure, so an answer is never lost: it stays pending and the bot's retry job
 * delivers it once the bot runs with a token.
 */
export function noMessenger(reason = 'BOT_TOKEN is not set'): Messenger {
  return {
    async send() {
      throw new TelegramNetworkError(reason);
    },
  };
}
