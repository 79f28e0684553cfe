import type { Db } from '../store/database.js';
import type { ReplyLang } from '../text/language.js';
import { migrateBroadcast } from './migrations.js';
import type { Subscription, SubscriptionStore } from './subscription-store.js';
import { formatSelection, isEmptySelection, parseSelection } from './topics.js';

interface Row {
  chat_id: number;
  lang: ReplyLang;
  topics: string;
}

const toSubscription = (r: Row): Subscription => ({ chatId: r.chat_id, lang: r.lang, topics: parseSelection(r.topics) });

/** Subscriptions in the application's SQLite database (component 'broadcast'). */
export function sqliteSubscriptionStore(db: Db): SubscriptionStore {
  migrateBroadcast(db);
  const select = db.prepare<[number], Row>('SELECT chat_id, lang, topics FROM broadcast_subscriptions WHERE chat_id = ?');
  const upsert = db.prepare(
    `INSERT INTO broadcast_subscriptions (chat_id, lang, topics) VALUES (?, ?, ?)
     ON CONFLICT (chat_id) DO UPDATE SET lang = excluded.lang, topics = excluded.topics,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  );
  const setLang = db.prepare('UPDATE broadcast_subscriptions SET lang = ? WHERE chat_id = ?');
  const remove = db.prepare('DELETE FROM broadcast_subscriptions WHERE chat_id = ?');
  const all = db.prepare<[], Row>('SELECT chat_id, lang, topics FROM broadcast_subscriptions ORDER BY chat_id');
  const count = db.prepare('SELECT COUNT(*) FROM broadcast_subscriptions').pluck();
  return {
    async get(chatId) {
      const row = select.get(chatId);
      return row ? toSubscription(row) : null;
    },
    async save(s) {
      if (isEmptySelection(s.topics)) remove.run(s.chatId);
      else upsert.run(s.chatId, s.lang, formatSelection(s.topics));
    },
    async setLang(chatId, lang) {
      setLang.run(lang, chatId);
    },
    async remove(chatId) {
      return remove.run(chatId).changes > 0;
    },
    async all() {
      return all.all().map(toSubscription);
    },
    async count() {
      return count.get() as number;
    },
  };
}
