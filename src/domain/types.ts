// Shared shapes of the domain: what a parsed briefing and a generated question look like.

export interface ParsedBriefing {
  /** ISO date from the `date YYYY-MM-DD` line, or null when the briefing has none. */
  date: string | null;
  /** The headline after the date, or '' when there is none. */
  headline: string;
  /** Plain-text statements (sentences), markup removed, in document order. */
  statements: string[];
  /** A date line whose date does not exist ("2026-02-30"), as written. */
  badDate?: string;
  /** The dateline stripped from the first paragraph ("ISTANBUL, Turkey, Nov. 10-"): the dispatch's own day. */
  dateline?: string;
}

export const QUESTION_KINDS = ['quote', 'attribution', 'cloze', 'true_false', 'number', 'date', 'timeline', 'position'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface Choice {
  id: string;
  text: string;
}

export interface GeneratedQuestion {
  kind: QuestionKind;
  prompt: string;
  choices: Choice[];
  /** id of the one correct choice */
  answerId: string;
  /** a sentence that explains the answer and quotes the source statement */
  explanation: string;
  /** index into ParsedBriefing.statements */
  statementIndex: number;
  /** 0 (easy) .. 1 (hard) */
  difficulty: number;
  generatorVersion: string;
}

/** Facts other briefings in the library contribute as distractors. */
export interface LibraryFacts {
  people?: string[];
  places?: string[];
  organisations?: string[];
  quotes?: string[];
  [kind: string]: string[] | undefined;
}

export interface GenerateOptions {
  seed: number;
  /** Told why each candidate was dropped, for tuning the generator; never set in production. */
  trace?: (statementIndex: number, note: string) => void;
}

/** The briefing cannot be turned into questions; `reason` is shown to the person who sent it. */
export class UnprocessableBriefing extends Error {
  constructor(public reason: string) {
    super(reason);
    this.name = 'UnprocessableBriefing';
  }
}
