// Worker entry.
import { createApp } from './app';

export { LiveGame } from './live/game-object';

export default createApp();
