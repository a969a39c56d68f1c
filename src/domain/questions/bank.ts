// A briefing's bank as a value that crosses a service binding: a refusal is data, not a thrown
// error, since an error's class does not survive the trip.
import { type GeneratedQuestion, type LibraryFacts, type ParsedBriefing, UnprocessableBriefing } from '../types';
import { GENERATOR_VERSION, generateBank } from './generate';

export type BankResult = { ok: true; questions: GeneratedQuestion[]; facts: LibraryFacts; version: string } | { ok: false; reason: string };

export function makeBank(parsed: ParsedBriefing, seed: number): BankResult {
  try {
    return { ok: true, ...generateBank(parsed, { seed }), version: GENERATOR_VERSION };
  } catch (err) {
    if (err instanceof UnprocessableBriefing) return { ok: false, reason: err.reason };
    throw err;
  }
}
