// Prints the question bank of a briefing file: `npm run generate -- FILE [--json] [--seed N]`.
import { readFileSync } from 'node:fs';
import { parseBriefing } from '../src/domain/briefing';
import { generateQuestions } from '../src/domain/questions/generate';
import { hashString } from '../src/domain/random';
import { UnprocessableBriefing } from '../src/domain/types';

const args = process.argv.slice(2);
const json = args.includes('--json');
const seedAt = args.indexOf('--seed');
const file = args.find((a, i) => !a.startsWith('--') && (seedAt < 0 || i !== seedAt + 1));
if (!file) {
  console.error('usage: npm run generate -- FILE [--json] [--seed N]');
  process.exit(2);
}
const text = readFileSync(file, 'utf8');
const parsed = parseBriefing(text);
const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : hashString(text);
try {
  const bank = generateQuestions(parsed, { seed });
  if (json) {
    console.log(JSON.stringify(bank, null, 2));
  } else {
    console.log(`${parsed.date ?? 'no date'} · ${parsed.headline}`);
    console.log(`${parsed.statements.length} statements, ${bank.length} questions\n`);
    bank.forEach((q, i) => {
      console.log(`${i + 1}. [${q.kind}] (difficulty ${q.difficulty}) ${q.prompt}`);
      for (const c of q.choices) console.log(`   ${c.id === q.answerId ? '*' : ' '} ${c.text}`);
      console.log(`   source #${q.statementIndex}: ${parsed.statements[q.statementIndex]}\n`);
    });
  }
} catch (err) {
  if (err instanceof UnprocessableBriefing) {
    console.error(`unprocessable: ${err.reason}`);
    process.exit(1);
  }
  throw err;
}
