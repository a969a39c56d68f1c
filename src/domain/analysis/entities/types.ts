// What the entity finder produces: the things named and each place a statement names one.

export type EntityType = 'person' | 'country' | 'capital' | 'org' | 'other';

export interface Entity {
  id: string;
  type: EntityType;
  /** display form offered as a choice: "Xi Jinping", "the United States", "Beijing" */
  name: string;
  surname?: string;
  /** conflict keys: its own group and the government or country it can stand for */
  keys: string[];
  country?: string;
  region?: string;
  subtype?: string;
  titles: string[];
  /** for people: 'politics' | 'sport' | 'science' | 'business', when a title or role says */
  field?: string;
}

export interface Mention {
  /** span a blank replaces: article and title included */
  start: number;
  end: number;
  /** where the bare name starts (after article and title) */
  nameStart: number;
  text: string;
  entity: Entity;
  /** how the text names the entity */
  form: 'name' | 'surname' | 'demonym' | 'alias';
  title?: string;
  possessive: boolean;
  /** a modifier ("US President"), part of an X–Y compound, or otherwise unsafe to blank */
  bound: boolean;
  hasArticle: boolean;
}
