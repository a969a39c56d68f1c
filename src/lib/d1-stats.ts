// Counts D1 round trips and the rows they read and wrote, for the benchmark only: the app wraps its
// binding with this when DEBUG_D1_STATS is set and reports the totals in an x-d1-stats header.

export interface D1Stats {
  /** round trips: one per statement run alone, one per batch */
  queries: number;
  statements: number;
  rowsRead: number;
  rowsWritten: number;
}

export const newD1Stats = (): D1Stats => ({ queries: 0, statements: 0, rowsRead: 0, rowsWritten: 0 });

export const formatD1Stats = (s: D1Stats) => `queries=${s.queries}; statements=${s.statements}; rows_read=${s.rowsRead}; rows_written=${s.rowsWritten}`;

type Meta = { rows_read?: number; rows_written?: number } | undefined;

export function countingD1(db: D1Database, stats: D1Stats): D1Database {
  // D1's batch() only takes its own statements, so wrappers are mapped back to them.
  const real = new WeakMap<object, D1PreparedStatement>();
  const add = (meta: Meta) => {
    stats.rowsRead += meta?.rows_read ?? 0;
    stats.rowsWritten += meta?.rows_written ?? 0;
  };
  const wrap = (stmt: D1PreparedStatement, sql: string): D1PreparedStatement => {
    const once = () => {
      stats.queries++;
      stats.statements++;
    };
    const w = {
      bind: (...values: unknown[]) => wrap(stmt.bind(...values), sql),
      first: async (col?: string) => {
        once();
        const r = await stmt.all();
        add(r.meta);
        const row = (r.results[0] ?? null) as Record<string, unknown> | null;
        return col ? (row?.[col] ?? null) : row;
      },
      all: async () => {
        once();
        const r = await stmt.all();
        add(r.meta);
        return r;
      },
      run: async () => {
        once();
        const r = await stmt.run();
        add(r.meta);
        return r;
      },
      raw: async (options?: { columnNames?: boolean }) => {
        once();
        const rows = await stmt.raw(options as { columnNames: true });
        // raw() carries no meta: a read is run again only to learn its cost; a write is not.
        if (/^\s*select/i.test(sql)) add((await stmt.run()).meta);
        else stats.rowsWritten += rows.length;
        return rows;
      },
    } as unknown as D1PreparedStatement;
    real.set(w, stmt);
    return w;
  };
  return {
    prepare: (sql: string) => wrap(db.prepare(sql), sql),
    batch: async (stmts: D1PreparedStatement[]) => {
      stats.queries++;
      stats.statements += stmts.length;
      const results = await db.batch(stmts.map((s) => real.get(s) ?? s));
      for (const r of results) add(r.meta);
      return results;
    },
    exec: (q: string) => db.exec(q),
    dump: () => (db as unknown as { dump(): Promise<ArrayBuffer> }).dump(),
    withSession: (c?: string) => db.withSession(c as D1SessionConstraint),
  } as unknown as D1Database;
}
