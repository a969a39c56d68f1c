// Named entities in statements: people, countries, capitals and organisations, typed and grouped
// so that every way of naming one thing (Xi Jinping, Xi; the United States, US, Washington) shares
// a conflict key. Two options that share a key are never offered together.

export type { Entity, Mention } from './types';
export { tokenize } from './tokens';
export { SPEECH_VERBS } from './lexicon';
export { EntityRegistry } from './registry';
export { findAllMentions } from './mentions';
