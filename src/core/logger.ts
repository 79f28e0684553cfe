/**
 * The slice of a structured logger (pino's shape) that the application uses. Adapters and use-cases
 * take one of these; main.ts passes a real pino logger, tests pass `silentLogger` or a recorder.
 */
export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
}

export const silentLogger: Logger = {
  info() {},
  warn() {},
  error() {},
  debug() {},
};
