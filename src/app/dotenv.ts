import { existsSync } from 'node:fs';

/**
 * Reads `.env` from the working directory into process.env when the file exists, as .env.example
 * invites. Variables already set in the environment win over the file. Entry points call this first.
 */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
