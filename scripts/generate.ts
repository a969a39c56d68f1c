// Prints the question bank of a briefing file:
// `npm run generate -- FILE [--json | --format gift|aiken] [--seed N]`.
import { readFileSync } from 'node:fs';
import { parseBriefing } from '../src/domain/briefing';
import { exportQuiz } from '../src/domain/exports';
import { generateQuestions } from '../src/domain/questions/generate';
import { hashString } from '../src/domain/random';
import { UnprocessableBriefing } from '../src/domain/types';

const USAGE = 'usage: npm run generate -- FILE [--json | --format gift|aiken] [--seed N]';
// The Workers types in this project declare the global process as any: typed here for Node.
const args: string[] = process.argv.slice(2);
const exit: (code: number) => never = process.exit;
const json = args.includes('--json');
const seedAt = args.indexOf('--seed');
const formatAt = args.indexOf('--format');
const format = formatAt >= 0 ? args[formatAt + 1] : undefined;
const file = args.find((a, i) => !a.startsWith('--') && (seedAt < 0 || i !== seedAt + 1) && (formatAt < 0 || i !== formatAt + 1));
if (!file || (formatAt >= 0 && format !== 'gift' && format !== 'aiken')) {
  console.error(USAGE);
  exit(2);
}
const text = readFileSync(file, 'utf8');
const parsed = parseBriefing(text);
const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : hashString(text);
try {
  const bank = generateQuestions(parsed, { seed });
  if (json) {
    console.log(JSON.stringify(bank, null, 2));
  } else if (format === 'gift' || format === 'aiken') {
    // The whole bank as one quiz, ready to import into a learning platform.
    const questions = bank.map((q, i) => ({
      number: i + 1,
      kind: q.kind,
      prompt: q.prompt,
      choices: q.choices,
      answerId: q.answerId,
      explanation: q.explanation,
      sourceText: parsed.statements[q.statementIndex],
    }));
    const title = parsed.headline || file;
    process.stdout.write(exportQuiz({ code: 'BANK', title, questions }, format).body as string);
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
