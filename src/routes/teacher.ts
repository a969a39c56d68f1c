// /api/quizzes/:code/… for the teacher who holds the key: results, the CSV files of results, one
// player's play, removing a play, exports; and the public QR code of the play link.
import { Hono } from 'hono/tiny';
import type { AppEnv } from '../app-env';
import { qrSvg } from '../lib/qr';
import { playDetail, quizFile, quizResults, removePlay, resultsCsv } from '../services/results';
import { contract as api } from './contract';
import { handle } from './handle';
import { requireTeacher, withQuiz } from './quiz-access';

export const teacherRoutes = new Hono<AppEnv>();

const attachment = (type: string, filename: string) => ({ 'content-type': type, 'content-disposition': `attachment; filename="${filename}"` });

handle(teacherRoutes, api.results, async (c) => c.json(await quizResults(c.var.db, c.var.quiz)), requireTeacher);

handle(
  teacherRoutes,
  api.resultsCsv,
  async (c, { query }) => {
    const csv = await resultsCsv(c.var.db, c.var.quiz, query.detail);
    return c.body(csv.body, 200, attachment('text/csv; charset=utf-8', csv.filename));
  },
  requireTeacher,
);

handle(teacherRoutes, api.playDetail, async (c) => c.json(await playDetail(c.var.db, c.var.quiz, c.req.param('id') ?? '')), requireTeacher);

handle(teacherRoutes, api.removePlay, async (c) => c.json(await removePlay(c.var.db, c.var.quiz, c.req.param('id') ?? '')), requireTeacher);

handle(
  teacherRoutes,
  api.exportQuiz,
  async (c, { query }) => {
    const file = await quizFile(c.var.db, c.var.quiz, query.format);
    return c.body(file.body as string | Uint8Array<ArrayBuffer>, 200, attachment(file.contentType, file.filename));
  },
  requireTeacher,
);

/** Public like the code itself: the play link as a QR code for a projector or a handout. */
handle(
  teacherRoutes,
  api.qr,
  async (c) => {
    const link = `${new URL(c.req.url).origin}/q/${c.var.quiz.code}`;
    return c.body(qrSvg(link, `QR code for ${link}`), 200, { 'content-type': 'image/svg+xml; charset=utf-8' });
  },
  withQuiz,
);
