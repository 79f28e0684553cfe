import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** `npm run ask`, as staff run it: the shipped knowledge base, no bot. */
const ask = (args: string[], input = ''): string =>
  execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', ...args], { encoding: 'utf8', input, env: { ...process.env, KNOWLEDGE_DIR: 'knowledge' } });

describe('npm run ask', () => {
  it('prints the reply as the bot would send it, with the buttons under it', () => {
    const out = ask(['施工许可要多久']);
    expect(out).toContain('12个工作日');
    expect(out).toContain('来源');
    expect(out).toMatch(/^\[ 👍 有帮助 \]$/m);
    expect(out).toMatch(/\[answered construction-permit-duration, confidence [\d.]+\]/);
  });

  it('shows the closest topics of an unresolved question and the stages a deadline question offers, as buttons', () => {
    const out = ask(['恒锌有多少员工', '我3月2日提交的，什么时候能办完']);
    expect(out).toMatch(/相近的内容：\n\n\[ [^\]]*恒锌[^\]]* \]/);
    expect(out).toMatch(/^\[ 施工许可（12个工作日） \]$/m);
    expect(out).toContain('[deadline, confidence 1]');
  });

  it('reads questions from standard input and writes one JSON line each, in order', () => {
    const lines = ask(['--json'], 'How long does the construction permit take?\n\n办理护照需要什么材料\n你好\n')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { question: string; status: string; entry: string | null; lang: string; reply: string; buttons: string[] });
    expect(lines.map((l) => [l.question, l.status, l.entry, l.lang])).toEqual([
      ['How long does the construction permit take?', 'answered', 'construction-permit-duration', 'en'],
      ['办理护照需要什么材料', 'unresolved', null, 'zh'],
      ['你好', 'smalltalk', 'smalltalk-greeting', 'zh'],
    ]);
    expect(lines[0]?.reply).toContain('12 working days');
    expect(lines[1]?.reply).toContain('工作人员');
    expect(lines[0]?.buttons).toContain('👍 Helpful');
  });
});
