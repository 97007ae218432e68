// The benchmarks `npm run bench` knows, by name and in the order they run (an explicit map, no directory scan).
import type { Bench } from './bench-types.ts';
import { runClaimsBench } from './claims.ts';
import { runCorpusScaleBench } from './corpus-scale.ts';
import { runSpeedBench } from './speed.ts';
import { runEvidenceBench } from './evidence.ts';
import { runExtractionBench } from './extraction.ts';
import { runFaultsBench } from './faults.ts';
import { runLoadBench } from './load.ts';
import { runPipelineSpeedBench } from './pipeline-speed.ts';
import { runQuestionsBench } from './questions.ts';
import { runRetrievalBench } from './retrieval.ts';
import { runSupportScoreBench } from './support-score.ts';
import { runWebRenderBench, WEB_RENDER_TARGET_MS } from './web-render.ts';
import { runWebThroughputBench } from './web-throughput.ts';

export const BENCHMARKS: Record<string, Bench> = {
  extraction: async ({ dataDir }) => {
    const result = await runExtractionBench({ dataDir });
    if (result.skipped) return { skipped: result.skipped };
    const ours = result.results[0];
    const wceb = result.wceb?.[0];
    return {
      name: 'extraction',
      title: 'Main-text extraction (Zyte article-extraction benchmark, 181 pages; WCEB development part, 1,218 pages)',
      table: result.table,
      line: result.line,
      notes:
        'Zyte set metric: the benchmark\'s own (4-token shingles, per-page normalised, F1 of mean precision and mean recall), ported in `src/adapters/extract/metric.ts` and checked to reproduce the four published reference outputs to three decimals. ' +
        'Caveat: the cleaning rules were developed while measuring on these 181 pages (no held-out split), so that row is in-sample. ' +
        'WCEB development part (Dragnet news and blog pages with their comments, Readability\'s test pages): the comment-thread and precision rules were developed while measuring on it, so it too is now in-sample (the held-out datasets are what shows generalisation); scored with the WCEB paper\'s ROUGE-LSum page F1 (`src/adapters/extract/rouge-lsum.ts`, checked against readability-lxml\'s published page scores in docs/EXTRACTION.md); micro = mean over pages, macro = mean of the dataset means; peers\' rows are their published per-page scores on the same pages. ' +
        'Dragnet\'s gold holds the comment threads and the Zyte and Readability gold does not, so a comment rule is measured on all three. The WCEB held-out datasets are measured outside this repository. No per-site rules and no class-name rules for comments.',
      summary: {
        measure: 'article text F1 (Zyte; WCEB dev micro / macro)',
        target: '≥ 0.96',
        result: `${ours.f1.toFixed(3)}${wceb ? `; ${wceb.micro.toFixed(3)} / ${wceb.macro.toFixed(3)}` : ''}`,
        met: ours.f1 >= 0.96,
        anchor: '0.970 rs_trafilatura; WCEB 0.850 / 0.888 trafilatura',
      },
    };
  },
  retrieval: runRetrievalBench,
  claims: runClaimsBench,
  questions: runQuestionsBench,
  evidence: runEvidenceBench,
  'support-score': runSupportScoreBench,
  'pipeline-speed': runPipelineSpeedBench,
  'corpus-scale': runCorpusScaleBench,
  speed: runSpeedBench,
  'web-render': async () => {
    const result = await runWebRenderBench();
    const report = result.rows[0];
    const summary = { measure: 'report page server time, p95', target: `< ${WEB_RENDER_TARGET_MS} ms`, result: `${report.p95Ms} ms`, met: report.p95Ms < WEB_RENDER_TARGET_MS };
    return { ...result, summary };
  },
  'web-throughput': runWebThroughputBench,
  load: runLoadBench,
  faults: runFaultsBench,
};
