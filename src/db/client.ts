// The drizzle handle over the D1 binding.
import { drizzle } from 'drizzle-orm/d1';

export type Db = ReturnType<typeof createDb>;

export function createDb(d1: D1Database) {
  return drizzle(d1);
}

/** D1 reports constraint failures as errors whose message names the constraint. */
export function isConstraintError(err: unknown, what: 'UNIQUE' | 'CHECK' | 'PRIMARY KEY' = 'UNIQUE'): boolean {
  const msg = String((err as { message?: string })?.message ?? err) + String((err as { cause?: { message?: string } })?.cause?.message ?? '');
  return msg.includes(`${what} constraint failed`);
}
