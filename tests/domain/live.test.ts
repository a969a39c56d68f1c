import { describe, expect, it } from 'vitest';
import { LIVE_PLAYER_CAP, LiveGameState, newMeta, type LiveConfig } from '../../src/domain/live';

const config: LiveConfig = {
  code: 'LIVE22',
  quizCode: 'QUIZ22',
  title: 'A game',
  scoring: 'speed',
  limitMs: 10_000,
  questions: [
    {
      id: 'q1',
      kind: 'true_false',
      prompt: 'Is it?',
      choices: [
        { id: 'x', text: 'True', stored: 't' },
        { id: 'y', text: 'False', stored: 'f' },
      ],
      answerId: 'x',
      explanation: 'It is.',
      source: { briefingId: null, statementId: 'b1-s1', text: 'It is.' },
    },
  ],
  showAnswers: true,
  teacherKeyHash: 'h',
};

describe('a live game’s rules', () => {
  it('takes 500 players and refuses the next one, saying why', () => {
    const game = new LiveGameState(config, newMeta(0));
    // A few numbered names read as words to the filter ("Player 455"): those are skipped.
    for (let i = 0; game.active.length < LIVE_PLAYER_CAP; i++) game.join({ id: `p${i}`, name: `Player ${i}`, tokenHash: `t${i}` }, 1);
    const refused = game.join({ id: 'late', name: 'One more', tokenHash: 'tl' }, 2);
    expect(refused).toMatchObject({ ok: false, code: 'conflict', message: expect.stringContaining('500') });
  });

  it('scores by the game’s clock with the self-paced formula, and a streak of answers', () => {
    const game = new LiveGameState(config, newMeta(0));
    game.join({ id: 'a', name: 'Ada', tokenHash: 'ta' }, 0);
    game.connected = new Set(['a']);
    game.start(1000);
    // Half the limit gone: 1000 × (1 − 0.5 / 2) = 750.
    expect(game.answer('a', 0, 'x', 6000)).toBeNull();
    expect(game.players.get('a')).toMatchObject({ score: 750, streak: 1, correctCount: 1 });
    // The only connected player answered: the question is revealed at once.
    expect(game.meta.phase).toBe('reveal');
    const { out } = game.drain();
    const reveal = out.find((o) => o.to === 'player' && o.msg.type === 'reveal');
    expect(reveal?.msg).toMatchObject({ correct: true, points: 750, rank: 1 });
  });
});
