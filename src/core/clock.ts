/** The current time, injected so that the core and the use-cases never read the global clock. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** A clock frozen at one instant, for tests and for reproducible CLI runs. */
export function fixedClock(iso: string): Clock {
  const at = new Date(iso);
  return () => new Date(at.getTime());
}
