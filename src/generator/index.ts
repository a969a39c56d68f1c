// The question generator as a Worker of its own, reached by the app through a service binding:
// the app's bundle carries none of its code, so the app starts faster on every request while
// the generator runs only when a briefing is ingested.
import { WorkerEntrypoint } from 'cloudflare:workers';
import { type BankResult, makeBank } from '../domain/questions/bank';
import type { ParsedBriefing } from '../domain/types';

export default class Generator extends WorkerEntrypoint {
  async bank(parsed: ParsedBriefing, seed: number): Promise<BankResult> {
    return makeBank(parsed, seed);
  }

  async fetch(): Promise<Response> {
    return new Response('Not found', { status: 404 });
  }
}
