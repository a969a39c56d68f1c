// Past and present forms of verbs common in briefings, with their base form, so a statement can
// be negated ("Xi told Trump" → "Xi did not tell Trump") without guessing at English spelling.

// biome-ignore format: a table reads best packed, several entries a line
const PAST_FORMS: Record<string, string> = {
  said: 'say', told: 'tell', gave: 'give', met: 'meet', spoke: 'speak', held: 'hold', took: 'take',
  made: 'make', won: 'win', lost: 'lose', kept: 'keep', led: 'lead', went: 'go', saw: 'see',
  found: 'find', sent: 'send', began: 'begin', became: 'become', left: 'leave', ran: 'run', rose: 'rise',
  fell: 'fall', paid: 'pay', brought: 'bring', bought: 'buy', sold: 'sell', wrote: 'write',
  thought: 'think', knew: 'know', grew: 'grow', drew: 'draw', struck: 'strike', sought: 'seek',
  chose: 'choose', withdrew: 'withdraw', came: 'come', got: 'get',
  agreed: 'agree', announced: 'announce', described: 'describe', urged: 'urge', warned: 'warn',
  stressed: 'stress', added: 'add', called: 'call', noted: 'note', insisted: 'insist', argued: 'argue',
  declared: 'declare', reiterated: 'reiterate', repeated: 'repeat', emphasised: 'emphasise',
  emphasized: 'emphasize', confirmed: 'confirm', claimed: 'claim', praised: 'praise',
  criticised: 'criticise', criticized: 'criticize', accused: 'accuse', welcomed: 'welcome',
  condemned: 'condemn', pledged: 'pledge', promised: 'promise', vowed: 'vow', acknowledged: 'acknowledge',
  suggested: 'suggest', asked: 'ask', expressed: 'express', underlined: 'underline',
  highlighted: 'highlight', predicted: 'predict', admitted: 'admit', explained: 'explain',
  demanded: 'demand', rejected: 'reject', dismissed: 'dismiss', discussed: 'discuss', signed: 'sign',
  approved: 'approve', adopted: 'adopt', voted: 'vote', visited: 'visit', hosted: 'host',
  launched: 'launch', opened: 'open', raised: 'raise', reached: 'reach', reported: 'report',
  released: 'release', published: 'publish', proposed: 'propose', supported: 'support', backed: 'back',
  opposed: 'oppose', scored: 'score', equalised: 'equalise', marked: 'mark', ranked: 'rank',
  conferred: 'confer', exchanged: 'exchange', underscored: 'underscore', detected: 'detect', used: 'use',
  issued: 'issue', thanked: 'thank', invited: 'invite', joined: 'join',
  increased: 'increase', reduced: 'reduce', expected: 'expect', estimated: 'estimate',
  introduced: 'introduce', completed: 'complete', received: 'receive', attended: 'attend',
  cautioned: 'caution', recalled: 'recall', affirmed: 'affirm', reaffirmed: 'reaffirm', replied: 'reply',
  observed: 'observe', celebrated: 'celebrate', finished: 'finish', played: 'play', named: 'name',
  posted: 'post', settled: 'settle', gained: 'gain', climbed: 'climb', dropped: 'drop',
};

// biome-ignore format: a table reads best packed, several entries a line
const PRESENT_FORMS: Record<string, string> = {
  says: 'say', tells: 'tell', keeps: 'keep', goes: 'go', holds: 'hold', wants: 'want', remains: 'remain',
  maintains: 'maintain', opposes: 'oppose', expects: 'expect',
  believes: 'believe', insists: 'insist', argues: 'argue', continues: 'continue', owns: 'own',
  makes: 'make', considers: 'consider', marks: 'mark', describes: 'describe',
};

/** "told" → "did not tell", "keeps" → "does not keep"; null for a verb not in the lists. */
// Maps, not object lookups: "constructor" or "toString" in a text must not find Object's own members.
const PAST = new Map(Object.entries(PAST_FORMS));
const PRESENT = new Map(Object.entries(PRESENT_FORMS));

const FINITE_AUX = new Set(['had', 'has', 'was', 'were', 'is', 'are', 'did', 'does']);

/** A past or present verb form: one in the lists, or a lower-case word ending in -ed. */
export function looksFinite(word: string): boolean {
  return PAST.has(word) || PRESENT.has(word) || FINITE_AUX.has(word) || /^\p{Ll}{2,}ed$/u.test(word);
}

export function negateVerb(verb: string): string | null {
  const past = PAST.get(verb);
  if (past) return `did not ${past}`;
  const present = PRESENT.get(verb);
  if (present) return `does not ${present}`;
  return null;
}
