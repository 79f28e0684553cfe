import { describe, expect, it } from 'vitest';
import { useDriver, type StoreDriver } from '../support/store-driver.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { memoryPreferences, sqlitePreferences, type PreferenceStore } from '../../src/store/preferences.js';

/** One suite, every driver: the in-memory fake must behave exactly like SQLite. */
const drivers: StoreDriver<PreferenceStore>[] = [
  { name: 'memory', make: () => ({ store: memoryPreferences(), close: () => {} }) },
  {
    name: 'sqlite',
    make: () => {
      const db: Db = openDatabase(':memory:');
      return { store: sqlitePreferences(db), close: () => db.close() };
    },
  },
];

describe.each(drivers)('preferences ($name)', (driver) => {
  const open = useDriver(driver);

  it('knows nothing about a user who never chose a language', async () => {
    expect(await open().getLang(42)).toBeUndefined();
  });

  it('remembers the chosen language', async () => {
    const store = open();
    await store.setLang(42, 'en');
    expect(await store.getLang(42)).toBe('en');
  });

  it('keeps only the latest choice', async () => {
    const store = open();
    await store.setLang(42, 'en');
    await store.setLang(42, 'zh-Hant');
    expect(await store.getLang(42)).toBe('zh-Hant');
  });

  it('keeps users apart', async () => {
    const store = open();
    await store.setLang(1, 'en');
    await store.setLang(2, 'zh');
    expect([await store.getLang(1), await store.getLang(2)]).toEqual(['en', 'zh']);
  });

  it('forgets a user on request', async () => {
    const store = open();
    await store.setLang(42, 'en');
    await store.forget(42);
    expect(await store.getLang(42)).toBeUndefined();
  });

  it('refuses a language the bot cannot speak', async () => {
    const store = open();
    await expect(store.setLang(42, 'fr' as never)).rejects.toThrow(RangeError);
    expect(await store.getLang(42)).toBeUndefined();
  });

  it('handles user ids beyond 32 bits', async () => {
    const store = open();
    await store.setLang(8_123_456_789, 'zh');
    expect(await store.getLang(8_123_456_789)).toBe('zh');
  });
});

describe('sqlite preferences', () => {
  it('survives being opened twice on the same database (migration runs once)', async () => {
    const db = openDatabase(':memory:');
    await sqlitePreferences(db).setLang(7, 'en');
    expect(await sqlitePreferences(db).getLang(7)).toBe('en');
    db.close();
  });
});
