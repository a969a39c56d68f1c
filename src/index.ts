// Worker entry.
import { createApp } from './app';

export default createApp();
