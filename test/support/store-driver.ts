import { afterEach } from 'vitest';

/** One implementation of a store interface under a shared contract suite. */
export interface StoreDriver<S> {
  readonly name: string;
  make(): { store: S; close: () => void };
}

/**
 * For use inside a contract suite's describe: returns `open()`, which makes a fresh store of the
 * driver for one test; the store is closed after that test.
 */
export function useDriver<S>(driver: StoreDriver<S>): () => S {
  let close = () => {};
  afterEach(() => close());
  return () => {
    const made = driver.make();
    close = made.close;
    return made.store;
  };
}
