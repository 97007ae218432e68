// News questions the demo corpus answers (so each report does the full work): the workload of the
// pipeline-speed and corpus-scale benchmarks.
export const QUESTIONS = [
  'Which countries support or oppose Ukraine joining NATO, and why?',
  'Which countries support or oppose Sweden joining NATO, and why?',
  'What did the International Criminal Court decide about Vladimir Putin?',
  "Which countries recognized Kosovo's independence, and which refused?",
  'What happened in the Brexit negotiations between the United Kingdom and the European Union?',
  'What did the Paris Agreement on climate change decide?',
  'How did the Greek government-debt crisis unfold?',
  'What happened in the Syrian civil war in Aleppo?',
  'What did the World Health Organization say about the COVID-19 pandemic?',
  'How did Iran and the United States clash over the nuclear deal?',
];
