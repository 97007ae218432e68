// How a claim is written in a question ("Fact check: …") and the claim itself, in one place.
import type { Plan } from '../../contracts/types.ts';
import { analyse } from './nlp.ts';
import { dictionaryCase, isAgentNoun, isDictionaryWord } from './wordnet.ts';
import { actorByName } from '../actors/actors.ts';
import { YEAR_IN_TEXT } from './time-slot.ts';
import { withCapitals, withoutShouting } from './claim-case.ts';
import { dateIn, datedBy, timePhrase } from './claim-dates.ts';
import { askedAsClaim, labelledByEmoji, styledStatement, withoutLabel, withoutQuoteMarks, withoutReaction, withoutTeller } from './claim-framing.ts';

export const CLAIM_PREFIX = /^(fact[- ]?check|claim|true or false|is it true that)\s*[:,-]?\s*/i;

/** The claim a question states, without its "Fact check:" prefix. */
export function claimOf(question: string): string {
  return question.replace(CLAIM_PREFIX, '').trim();
}

/** A report's title: the question, or "Fact check: <claim>". */
export function titleFor(plan: Plan): string {
  return plan.kind === 'claim' ? `Fact check: ${claimOf(plan.question)}` : plan.question;
}

/**
 * The statement a claim makes, without the words around it that state nothing: a quote's attribution
 * ('As one MP put it: "Eight people were killed …"') and its quotation marks. What is quoted is checked.
 */
export function statementOf(claim: string): string {
  const plain = statedClaim(claim);
  const attributed = attributedQuote(plain);
  if (attributed) return attributed;
  const quoted = /^([^"“”]{0,80}?)[:,]\s*["“]([^"“”]{20,})["”]\s*(.*)$/u.exec(plain);
  // A named speaker ('Biden said: "…"') is part of the claim: what they said is what is checked.
  if (!quoted || /\s\p{Lu}\p{Ll}/u.test(quoted[1])) return plain;
  const after = quoted[3].replace(/^[-–—,\s]+/, '').trim();
  // "- March 2008" is said "in March 2008" (by withoutFraming already: "in March 2008").
  const setting = after === '' ? '' : /^(?:in|on|at|during)\s/i.test(after) ? ` ${after}` : ` in ${after}`;
  return `${quoted[2].trim().replace(/[.,;]$/, '')}${setting}.`.replace(/\.\.$/, '.');
}

/**
 * A claim without its framing, said as a statement: "Did Velmar buy Nordfrakt in 2019?" is checked as "Velmar bought
 * Nordfrakt in 2019", which is what a user means by asking it (see claim-framing.ts's askedAsClaim). Only for a
 * claim: withoutFraming leaves a question put for a report a question.
 */
export function statedClaim(claim: string): string {
  const stated = askedAsClaim(withoutFraming(claim));
  return stated.charAt(0).toUpperCase() + stated.slice(1);
}

const FIRST_PERSON: Record<string, string> = { we: 'they', i: 'they', our: 'their', my: 'their', us: 'them', me: 'them', am: 'are', "we're": "they're", "i'm": "they're", "we've": "they've", "i've": "they've", "we'll": "they'll", "i'll": "they'll" };

/**
 * A quote signed after a dash ('"We will file a complaint …" – Jordan's foreign minister, August 2019'): the
 * claim is that the speaker said it, so it reads as "Jordan's foreign minister said in August 2019 that they
 * will file a complaint …" (the first person becomes the speaker's third). Only a signature that names someone.
 */
export function attributedQuote(text: string): string | undefined {
  const signed = /^["“]([^"“”]{20,})["”]\s*[-–—]+\s*([^"“”]{3,80}?)[.]?$/u.exec(text);
  if (!signed) return undefined;
  const [speaker, ...rest] = signed[2].split(/,\s*/);
  // A statement after the dash ('"…" — Gov. Velt signed the bill in 2006') is no signature.
  const stating = analyse(speaker).some((token) => token.pos === 'VERB' && token.lower !== token.lemma && !/ing$/.test(token.lower));
  if (stating || !namesSomeone(speaker)) return undefined;
  const when = rest.join(', ').trim();
  const said = signed[1].trim().replace(/[.!]+$/, '').replace(/\b(we|i|our|my|us|me|am|we're|i'm|we've|i've|we'll|i'll)\b/giu, (word) => FIRST_PERSON[word.toLowerCase().replace('’', "'")] ?? word);
  const setting = when === '' ? '' : /^\d/.test(when) ? ` on ${when}` : ` in ${when}`;
  return `${speaker.charAt(0).toUpperCase()}${speaker.slice(1)} said${setting} that ${said}.`;
}

/** Whether a label names a speaker ("Obama:", "The minister:"), not a heading ("Never forget:", "BREAKING:"). */
function namesSomeone(label: string): boolean {
  return analyse(label).some((token, index) => {
    if (token.pos === 'NOUN' && isAgentNoun(token.lemma)) return true;
    if (token.pos !== 'PROPN' || /^\p{Lu}+$/u.test(token.text)) return false;
    // A capital that only opens the label ("Plot twist", "Reminder") is a common word; a leader's name is not.
    return index > 0 || actorByName(token.text) !== undefined || !isDictionaryWord(token.text);
  });
}

/** Abbreviated titles that end with a full stop before a name ("Dr. Fauci", "Gen. Milley"). */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'gen', 'sen', 'gov', 'rep', 'st', 'jr', 'sr', 'prof', 'col', 'lt', 'sgt', 'capt', 'rev', 'hon']);

/**
 * A claim as a post or headline writes it, without what frames it: hashtags' signs, emoji, a short
 * exclamation or question before it ("Felt it in Hobart?? A magnitude 6.1 earthquake …"), a label before a
 * colon ("Never forget: …", "BREAKING: …"; a year it gives dates the claim: "Plot twist of 2012: …"),
 * "Did you know that …?", shouted words and repeated punctuation; and what claim-framing.ts reads off a claim
 * styled as a post, a chat or a quiz card (where it was seen, who passed it on, remarks after it, a question said
 * as the statement it asks about, dates stuck on). What is left is the statement.
 */
export function withoutFraming(claim: string): string {
  const held: { date?: string } = {};
  let text = framedOnce(labelledByEmoji(withCapitals(claim.trim())), held);
  // Framing nests ('Chat message: "reminder that …"'): what one pass leaves may open with more.
  for (let pass = 0; pass < 3; pass++) {
    const next = framedOnce(text, held);
    if (next === text) break;
    text = next;
  }
  text = datedBy(styledStatement(text), held.date).replace(/([^.])\.\.$/u, '$1.');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One pass of withoutFraming's rules; a date a label or a teller gives is put in `held`. */
function framedOnce(claim: string, held: { date?: string }): string {
  // "Shocking 😳 Brazilian senator …": a word or two of reaction set off by an emoji.
  const reacted = /^([\p{L}' ]{1,24}?)\s*\p{Extended_Pictographic}[\p{Extended_Pictographic}\uFE0F\u200D\s]*(\p{Lu}.{20,})$/u.exec(claim.trim());
  const leading = reacted?.[1].trim().split(/\s+/) ?? [];
  const statement = reacted && leading.length <= 3 && leading.every((word) => dictionaryCase(word) === 'common') ? reacted[2] : claim;
  // "SOPA and PIPA are dead for good 🎉 Congress scrapped …": an emoji between two statements ends the first.
  // "… died in May 2011 aged 90 📚 what are you reading?": and before a question of the reader's.
  const separated = statement.replace(/([\p{L}\p{N}])\s*\p{Extended_Pictographic}[\p{Extended_Pictographic}\uFE0F\u200D]*\s+(?=\p{Lu}|\p{Ll}[^.!?]{0,40}\?$)/gu, '$1. ');
  let text = separated.trim().replace(/(\s+#\p{L}[\p{L}\p{N}_]*)+$/u, '').replace(/\p{Extended_Pictographic}|\p{Regional_Indicator}|\uFE0F|\u200D/gu, '').replace(/(^|\s)#(\p{L}[\p{L}\p{N}]*)/gu, '$1$2').replace(/([!?])[!?]+/g, '$1');
  // A shouted word ("the most ANY country has EVER recorded", "futures JUMPED") is the word.
  text = withoutShouting(text);
  // "mh17", "g20": a code of letters and digits typed in lower case is written in capitals.
  text = text.replace(/\b[a-z]{1,3}\d{1,4}\b/g, (code) => code.toUpperCase());
  // "… in Iraq, Nov 2019. Please pray for their families": a closing plea asks something of the reader, it states nothing.
  text = text.replace(/(?<=[.!?])\s+(?:please|pray for|praying for|stay safe|rip|rest in peace|share (?:this|widely)|thoughts and prayers)\b[^.!?]*[.!?]?\s*$/iu, '');
  // "… in the 2014 referendum, right?": a tag question asks nothing of the statement before it.
  text = text.replace(/,\s*(?:right|correct|true|no|yes|yeah|eh|huh|isn't (?:it|that)|wasn't (?:it|that)|didn't (?:it|they|he|she))\?$/iu, '.');
  // "… to take the gold. Payback for 2014?": a short question after the statement asks nothing of it.
  // After a statement asked as a question too: "… veto in 2016? How did I miss that?".
  // After a dash as well: "… with clubs in February 2011 — is that right?".
  const trailing = /^(.{20,}?)([.!?]|\s[-–—]+)\s+([^.!?"“”]{1,40}\?)$/u.exec(text);
  // Not after a question asked as one ("Did Finland join NATO? Is that true?").
  const asking = /^(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would|who|what|when|where|why|how|which)\b/i.test(trailing?.[1] ?? '');
  // Nor after an abbreviation's full stop ("… overturn Roe v. Wade?", "the U.S. Senate?").
  const abbreviated = trailing?.[2] === '.' && /(^|[\s.])\p{L}{1,2}$/u.test(trailing[1]);
  const dashed = trailing !== null && !['.', '!', '?'].includes(trailing[2]);
  if (trailing && trailing[3].split(/\s+/).length <= 6 && !((trailing[2] === '?' || dashed) && asking) && !abbreviated) text = `${trailing[1]}${trailing[2] === '!' ? '!' : '.'}`;
  // "Felt it in Hobart? A magnitude 6.1 earthquake struck …": a short question or exclamation before the statement.
  const lead = /^([^.!?]{1,60}[!?])\s+(\p{Lu}.{20,})$/u.exec(text);
  if (lead && lead[1].split(/\s+/).length <= 8) text = lead[2];
  // "Unreal. Two DJs prank-called …": a word or two of reaction closed by a full stop (not "Dr." or "Gen.").
  const reaction = /^([\p{L}' ]{1,30})\.\s+(\p{Lu}.{20,})$/u.exec(text);
  const last = reaction?.[1].trim().split(/\s+/).at(-1) ?? '';
  if (reaction && reaction[1].trim().split(/\s+/).length <= 3 && last.length >= 3 && !TITLES.has(last.toLowerCase()) && isDictionaryWord(last) && !isAgentNoun(last.toLowerCase())) text = reaction[2];
  // "Throwback to August 2008 Democrats picked …", "On this day in 2004: …": a look back dates the claim.
  const back = /^(?:throwback|flashback|tbt|otd|on this day)\b[\s:,–—-]*(?:to|in)?\s*((?:\d{1,2}\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?\d{4})\b[\s:,–—-]*(\p{Lu}.{20,})$/iu.exec(text);
  if (back) text = `${/^\d{1,2}\s/.test(back[1]) ? 'On' : 'In'} ${back[1]}, ${back[2]}`;
  // "Quiz question from my sports app: …", "My flatmate insists …": where it was seen, who passed it on.
  const unlabelled = withoutLabel(text);
  if (unlabelled) [text, held.date] = [unlabelled.text, held.date ?? unlabelled.date];
  text = withoutPasser(text);
  const untold = withoutTeller(text);
  if (untold) [text, held.date] = [untold.text, held.date ?? untold.date];
  text = withoutReaction(text);
  // 'Saw this on a forum: "…" Is that accurate?', '"…" (Oct 2015)': the quotation marks around the whole claim only
  // show it was passed on; a question or a remark after it asks nothing of it, a date dates it.
  // Not a signed quote ('"…" – Norland's king, announcing …'): attributedQuote reads who said it.
  if (!attributedQuote(text)) text = withoutQuoteMarks(text) ?? text;
  const asked = /^(?:did you (?:know|hear|see)|is it (?:true|correct|accurate|right|a fact)|am i right(?: in thinking)?|remember when|can (?:you|someone|anyone) (?:check|confirm|verify)(?: whether| if)?)\b[\s,]*(?:that\b[\s,]*)?(.+?)\??$/iu.exec(text);
  if (asked) text = `${asked[1]}.`;
  // "Was it in October 2016 that X?", "Wasn't it the Taliban who X?": a cleft question states X, set in its time or doer.
  const cleft = /^(?:was|is|were)(?:n't)? it\s+(?!(?:true|correct|accurate|right|possible|a fact)\b)((?:in|on|at|during)\s+[^,?]{3,40}?|[^,?]{2,40}?)\s+(that|who|which)\s+(.{12,}?)\??$/iu.exec(text);
  if (cleft) text = /^(?:in|on|at|during)\s/i.test(cleft[1]) ? `${cleft[3]} ${cleft[1]}.` : `${cleft[1]} ${cleft[3]}.`;
  // "It was Geert Wilders who called for …", "It was in 2010 that …": a cleft statement states the clause, done by
  // the one it names or set in its time. Not "It was reported that …".
  const stated = /^it (?:was|is|were)\s+((?:in|on|at|during)\s+[^,]{3,40}?|\p{Lu}[^,]{1,40}?|the\s+[^,]{2,40}?)\s+(?:who|that|which)\s+(.{12,}?)[.!]?$/u.exec(text.replace(/^It/, 'it'));
  if (stated) text = /^(?:in|on|at|during)\s/i.test(stated[1]) ? `${stated[2]} ${stated[1]}.` : `${stated[1]} ${stated[2]}.`;
  // A label of a few words before a colon, naming no one ("Never forget:", "Plot twist of 2012:").
  const label = /^([^:"“”]{1,40}):\s+(?!["“])(.{20,})$/u.exec(text);
  // A dated heading names an event, not a speaker ("Rio 2016 men's football final:").
  const heading = (words: string) => YEAR_IN_TEXT.test(words) && ['NOUN', 'ADJ'].includes(analyse(words).at(-1)?.pos ?? '');
  if (label && label[1].split(/\s+/).length <= 5 && (!namesSomeone(label[1]) || heading(label[1]))) {
    const date = dateIn(label[1]);
    text = date ? `${timePhrase(date).replace(/^./, (first) => first.toUpperCase())}, ${label[2]}` : label[2];
  }
  // "BREAKING 🚨 Blast at …", "JUST IN Storm …": a news flash's shouted opening words (lower-cased above), with
  // no colon; not "Breaking Bad".
  text = text.replace(/^\s*(?:breaking(?:\s+(?:news|NEWS))?|just\s+(?:in|IN)|developing|update)\b[\s:!.–—-]*(?=[\p{Lu}\d])/u, '');
  text = text.replace(/\s{2,}/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Who passes a claim on without making it: the asker, a post, someone online. */
const PASSERS = [
  // "I read that …", "We keep hearing …", "I've seen it said that …", "Heard that …", "Saw this on Twitter: …"
  String.raw`(?:(?:i|we)(?:'ve| have)?\s+(?:just\s+|recently\s+|also\s+)?)?(?:read|saw|seen|heard|overheard|was told|were told|keep (?:hearing|seeing|reading))(?: it said)?(?:\s+(?:this|it)\b(?=\s*(?::|on\b|online\b|somewhere\b|in\s+an?\b)))?`,
  // "Viral post says …", "A tweet going around claims …"
  String.raw`(?:(?:an?|this|one|that)\s+)?(?:viral\s+|random\s+)?(?:post|tweet|meme|video|message|thread|reel|clip|chain (?:email|message))\s+(?:going around\s+|online\s+)?(?:says|said|claims|claimed|states|stated|alleges)`,
  // "A true-crime podcast I listen to said …", "This documentary claims …": a medium one follows.
  // "The answer sheet at our GAA quiz night says …": where it was may follow.
  String.raw`(?:an?|this|one|that|the|our|my)\s+(?:[\p{L}-]+\s+){0,2}(?:podcast|show|documentary|article|book|newsletter|blog|channel|programme|program|youtuber|influencer|presenter|host|answer sheet|quiz|trivia card|flashcard|textbook|poster|flyer|leaflet)(?:\s+(?:at|on|in|from)\s+(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)?(?:\s+(?:i|we)\s+(?:listen to|listened to|watch|watched|read|follow|followed|saw))?\s+(?:says|said|claims|claimed|states|stated|mentioned)`,
  // "Someone on Facebook wrote that …", "My uncle keeps saying …", "People are saying …"
  // "Grandpa keeps telling me …": a relative named without "my".
  String.raw`(?:someone|somebody|people|everyone|a (?:friend|colleague|coworker|neighbou?r)|my(?:\s+\p{L}+){1,2}?|grand(?:pa|ma|dad|mum|father|mother)|granny|nan|dad|mum|mom)(?:\s+(?:online|here|at work|on\s+[\p{L}\d]+))?\s+(?:says|said|claims|claimed|wrote|writes|posted|shared|told me|tells me|(?:is|are|keeps?|kept) (?:saying|claiming|posting|sharing|telling me))`,
];
const PASSED = new RegExp(`^(?:${PASSERS.join('|')})(?:\\s+(?:online|somewhere|on\\s+[\\p{L}\\d]+(?:\\s+[\\p{L}\\d]+)?|in\\s+an?\\s+\\p{L}+|at\\s+(?:work|school|church|the\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)))?\\s*(?:that\\s+|:\\s*|,\\s*)?(?=[\\p{L}\\d"“])(.{20,})$`, 'iu');
/** Words that open a message and state nothing: "Wait,", "Correct me if I'm wrong, but", "Apparently". */
const OPENER = /^(?:(?:fwd?|re)\s*:\s*)+|^(?:(?:lol|lmao|omg|wow)\s+)?(?:wait|so|lol|lmao|omg|wow|ok(?:ay)?(?: so)?|hmm+|hey|honestly|apparently|correct me if i'?m wrong|not sure (?:if|whether) this is (?:true|right|real)|(?:quick|serious|genuine|honest|real|simple|dumb|stupid) question|fyi|psa|til|fun fact|reminder|friendly reminder)\b\s*[,:;.!\-–—]*\s*(?:but\s+|that\s+)?(?=[\p{L}\d"“])/iu;

/** The claim someone passes on, without who passed it on ("I read that …", "Viral post says …"). */
function withoutPasser(text: string): string {
  let plain = text.replace(OPENER, '');
  for (let step = 0; step < 2; step++) {
    const passed = PASSED.exec(plain);
    if (!passed) break;
    plain = passed[1];
  }
  return plain === text ? text : plain.charAt(0).toUpperCase() + plain.slice(1);
}
