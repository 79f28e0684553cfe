import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logging.js';

const TOKEN = '123456789:AAbbCCddEEffGGhhIIjjKKllMMnn';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return { lines, stream };
}

describe('the application logger', () => {
  it('never writes the bot token, wherever it hides (fields, messages, error stacks)', () => {
    const { lines, stream } = capture();
    const logger = createLogger('debug', [TOKEN, null], stream);
    logger.info({ token: TOKEN }, 'field');
    logger.info({ url: `http://127.0.0.1:8081/bot${TOKEN}/getMe` }, 'inside a url');
    logger.error({ err: new Error(`request to /bot${TOKEN}/sendMessage failed`) }, 'inside a stack');
    logger.warn({}, `message with ${TOKEN}`);
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).not.toContain(TOKEN);
    expect(lines.join('')).toContain('[REDACTED]');
  });

  it('writes structured JSON lines at the configured level', () => {
    const { lines, stream } = capture();
    const logger = createLogger('warn', [], stream);
    logger.info({ a: 1 }, 'hidden');
    logger.warn({ updateId: 5 }, 'shown');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 40, updateId: 5, msg: 'shown' });
  });
});
