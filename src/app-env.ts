// What every handler finds on its context: the bindings, the database, and (behind
// requireTeacher) the quiz it opened.
import type { Db } from './db/client';
import type { QuizRow } from './db/schema';

export type AppEnv = { Bindings: Env; Variables: { db: Db; quiz: QuizRow } };
