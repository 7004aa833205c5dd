/** Every content tell, strongest families first. */
import type { ContentTell } from './tell';
import { chatPostscript, chatPreamble, chatPreambleInComment } from './chatPreamble';
import { markdownFence } from './markdownFence';
import { elision } from './elision';
import { aiDisclaimer } from './aiDisclaimer';
import { addYourLogic, replaceWithYour, yourKeyHere } from './placeholders';
import { forDemonstration, inARealApplication } from './realApplication';

export const CONTENT_TELLS: readonly ContentTell[] = [
  chatPreamble, chatPreambleInComment, chatPostscript, markdownFence, elision, aiDisclaimer,
  replaceWithYour, yourKeyHere, addYourLogic, inARealApplication, forDemonstration,
];
