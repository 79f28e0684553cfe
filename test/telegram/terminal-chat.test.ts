import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { memoryPreferences } from '../../src/store/preferences.js';
import { createBot } from '../../src/telegram/create-bot.js';
import { runTerminalChat } from '../../src/telegram/terminal-chat.js';
import { shippedAssistant } from '../fixtures/real-assistant.js';
import { answered } from './support/questions.js';
import { BOT_INFO, memoryRecorder, recordingLogger } from './support/test-bot.js';

/** The terminal chat drives the same bot as Telegram (over a loopback Bot API on 127.0.0.1). */
async function chat(lines: string[]) {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  const recorder = memoryRecorder();
  const done = runTerminalChat({
    input,
    output,
    lang: 'zh',
    createBot: (apiRoot) =>
      createBot('terminal', { assistant: shippedAssistant, preferences: memoryPreferences(), unresolved: recorder, logger: recordingLogger() }, { apiRoot, botInfo: BOT_INFO }),
  });
  for (const line of lines) input.write(`${line}\n`);
  input.end();
  await done;
  return { printed, recorder };
}

describe('the terminal chat', () => {
  it('says how to connect Telegram, then answers like the bot does', async () => {
    const { question, answerStart } = answered('zh');
    const { printed } = await chat([question]);
    expect(printed).toContain('BOT_TOKEN');
    expect(printed).toContain(answerStart);
    expect(printed).toMatch(/\[\d\] 👎/);
  });

  it('records an unanswerable question for staff, exactly as on Telegram', async () => {
    const { printed, recorder } = await chat(['火星签证怎么办理']);
    expect(printed).toContain('工作人员');
    expect(recorder.questions).toMatchObject([{ reason: 'no-match', text: '火星签证怎么办理' }]);
  });

  it('taps a button when its number is typed, and browses the menu in place', async () => {
    const { printed } = await chat(['/menu', '1']);
    expect(printed).toContain('请选择主题');
    expect(printed).toContain('（消息已更新）');
    expect(printed).toContain('工程建设审批：请选择');
  });

  it('stops on /quit', async () => {
    const { question, answerStart } = answered('zh');
    const { printed } = await chat(['/quit', question]);
    expect(printed).not.toContain(answerStart);
  });
});
