// Loads what every report needs on its first use (the NLP model, the date parser, the understand stage's
// code) without making a report, so a server's or a report thread's first report costs what its later ones do.
import { understand } from '../../pipeline/understand/index.ts';

const WARM_UP_QUESTION = 'What did the United Nations decide about Ukraine in March 2022?';

/** About 0.2 s of CPU once per process or thread; later calls cost nothing. */
export async function warmUp(): Promise<void> {
  await understand({ question: WARM_UP_QUESTION });
}
