// What frames a claim passed on from a post, a chat or a quiz card, read off so that the statement is left: the
// label saying where it was seen ("Backpacker forum post, April 2009:"), who passed it on ("Taxi driver told me …"),
// a word of reaction before it ("Great news —"). Called from claim-text.ts's withoutFraming, which strips
// the rest; a date the framing gives comes back with the statement, to date it.
import { actorByName } from '../actors/actors.ts';
import { DATE, dateIn, saidDates } from './claim-dates.ts';
import { answeredQuiz, askedAsStatement } from './claim-questions.ts';
import { gerundAsPast, isRemark, statedNotAsked, withoutRemarks } from './claim-remarks.ts';
import { analyse } from './nlp.ts';
import { dictionaryCase } from './wordnet.ts';

/** Nouns for what a claim was written on or in: they say where it was seen, not who said it. */
const MEDIA = new Set(['post', 'caption', 'message', 'card', 'slide', 'note', 'notes', 'thread', 'title', 'alert', 'ticker', 'blurb', 'flyer', 'page', 'account', 'email', 'blog', 'listing', 'pin', 'chat', 'question', 'comment', 'intro', 'handout', 'subtitle', 'newsletter', 'livestream', 'headline', 'worksheet', 'flashcard', 'meme', 'video', 'reel', 'clip', 'tweet', 'text', 'sign', 'poster', 'bot', 'group', 'channel', 'forum', 'subject', 'excerpt', 'transcript', 'icebreaker', 'trivia', 'quiz', 'answer', 'sheet', 'leaflet', 'banner', 'placard', 'screenshot', 'snippet', 'podcast', 'vlog', 'feed', 'notification', 'app', 'digest', 'status', 'story', 'claim', 'rumour', 'rumor', 'gossip', 'bit', 'front', 'back']);
/** Nouns a heading of reaction is made of ("Big day for Norland", "Fun stat for history nerds"). */
const REACTION = new Set(['news', 'day', 'fact', 'stat', 'reminder', 'update', 'moment', 'throwback', 'flashback', 'tip', 'shock']);
/** People who pass a claim on without being its news: a caller, a commenter, a taxi driver, a cousin. */
const LAY = new Set(['commenter', 'caller', 'driver', 'guide', 'steward', 'stewardess', 'fan', 'watcher', 'vlogger', 'blogger', 'influencer', 'youtuber', 'streamer', 'podcaster', 'teacher', 'caddie', 'flatmate', 'roommate', 'housemate', 'neighbour', 'neighbor', 'cousin', 'uncle', 'aunt', 'friend', 'mate', 'colleague', 'coworker', 'classmate', 'brother', 'sister', 'dad', 'mum', 'mom', 'father', 'mother', 'grandma', 'grandpa', 'granny', 'grandad', 'kid', 'son', 'daughter', 'wife', 'husband', 'partner', 'boyfriend', 'girlfriend', 'boss', 'barber', 'bartender', 'waiter', 'stranger', 'guy', 'bloke', 'lady', 'someone', 'somebody', 'everyone', 'nerd', 'junkie', 'buff', 'user', 'poster', 'follower', 'quizmaster', 'host', 'tutor', 'coach', 'passenger', 'tourist', 'local', 'comedian', 'cabbie']);
const PLATFORM = /\b(?:Twitter|Facebook|Instagram|TikTok|Telegram|WhatsApp|Reddit|Discord|Bluesky|Tumblr|Pinterest|Quora|Substack|Stocktwits|YouTube|LinkedIn|Snapchat|Weibo|WeChat|Mastodon|Slack|eBay|Nextdoor|Twitch)\b|(?:^|\s)r\/\w+/;
/** The asker in their own words ("my", "our", "I"): a label or a teller with one names no speaker. */
const FIRST_PERSON = /\b(?:[Mm]y|[Oo]ur|I|me|[Ww]e|us)\b/;
/** Where the head of a label ends: what follows says where or when ("Quiz question from my sports app"). */
const AFTER_HEAD = /\s+(?:on|from|in|at|under|between|for|going|doing|via|about|during|right now|today|yesterday|last night|this morning|just|transcribed)\b.*$/u;
/** A name that owns the medium ("Obama's tweet", "Norland Post's front page"): the named one is the speaker. */
const NAMED_OWNER = /(?:^|\s)(\p{Lu}[\p{L}.]*)['’]s\b/u;

/**
 * The noun a label or a teller is about: its last word before where or when, the last part of a compound; none
 * when it is capitalised inside the phrase, as part of a title ("The Tarvik Post", "Daily Mail").
 */
function headOf(phrase: string): string {
  const words = phrase.replace(new RegExp(String.raw`[\s,—–-]*${DATE}.*$`, 'u'), '').replace(AFTER_HEAD, '').trim().split(/\s+/);
  const head = (words.at(-1) ?? '').split('-').at(-1)!.replace(/['’]s?$/, '');
  return words.length > 1 && /^\p{Lu}\p{Ll}/u.test(head) && !PLATFORM.test(head) ? '' : head.toLowerCase();
}

/** Whether a word names someone: a capitalised word WordNet knows in no lower-case sense ("Biden"), no platform. */
function isName(word: string): boolean {
  return /^\p{Lu}[\p{Ll}.]+$/u.test(word) && !PLATFORM.test(word) && dictionaryCase(word) !== 'common' && !/^(?:The|A|An|This|That|One|Some)$/.test(word);
}

/** Whether a medium, a reaction or a lay passer-on heads the phrase ("Sports app push alert", "Radio phone-in caller"). */
function headsAsMedium(phrase: string): boolean {
  const head = headOf(phrase);
  return MEDIA.has(head) || REACTION.has(head) || LAY.has(head);
}

/**
 * Whether a label or a teller names where a claim was seen or a lay passer-on, not a speaker whose saying is news:
 * the asker's own ("my", "our"), a medium or a lay person at its head and no named owner ("Obama's tweet" has one),
 * a platform with no named poster ("Tarvik-watcher on Bluesky", not "Biden on Twitter"), places and a date ("#Norland
 * #Tarvik — Nov 2015").
 */
function namesNoSpeaker(phrase: string): boolean {
  if (FIRST_PERSON.test(phrase)) return true;
  const owner = NAMED_OWNER.exec(phrase.replace(AFTER_HEAD, ''))?.[1];
  if (owner && isName(owner)) return false;
  if (headsAsMedium(phrase)) return true;
  if (PLATFORM.test(phrase)) return !(/^(.*?)\s+on\s+/.exec(phrase)?.[1] ?? '').split(/\s+/).some(isName);
  const undated = phrase.replace(new RegExp(DATE, 'gu'), '').replace(/[#,—–-]/g, ' ').trim();
  return dateIn(phrase) !== undefined && undated.split(/\s+/).every((word) => actorByName(word) !== undefined);
}

export interface Unframed {
  text: string;
  /** A date the framing gave ("Live blog, 18 July 2024:"), to set the statement in. */
  date?: string;
}

const EMOJI = String.raw`[\p{Extended_Pictographic}\p{Regional_Indicator}\uFE0F\u200D]`;
const EMOJI_LABEL = new RegExp(String.raw`^([^:"“”\p{Extended_Pictographic}\p{Regional_Indicator}]{2,60}?)\s*${EMOJI}+\s*[:\-–—]*\s*(?=\S)(.{15,})$`, 'u');

/**
 * A label closed by an emoji instead of a colon ("Fan page caption ✨ Huge respect …", "Sports app push alert ⚽:
 * …"), closed by a colon: emoji removal would leave it run into the claim.
 */
export function labelledByEmoji(claim: string): string {
  const labelled = EMOJI_LABEL.exec(claim.trim());
  if (!labelled || labelled[1].trim().split(/\s+/).length > 8) return claim;
  const head = headOf(labelled[1]);
  return MEDIA.has(head) || REACTION.has(head) || PLATFORM.test(labelled[1]) ? `${labelled[1].trim()}: ${labelled[2]}` : claim;
}

const LABEL = /^([^:"“”?!]{2,90}?)\s*(?::|\s[-–—]+(?=\s*["“]))\s*(?=\S)(.{15,})$/su;

/**
 * The statement after a label that names no speaker: where it was seen ("Commodities-desk Slack message, 8 March
 * 2022: "…"", "Quiz question from my sports app: …"), the asker's own words ("My book club got sidetracked: …"),
 * places and a date ("#Norland #Tarvik — Nov 2015: …"). A date in the label dates the claim. A named speaker ("Biden
 * said: …", "The minister: …", "Obama's tweet: …") is kept, and so is a label with a verb of its own ("Norland
 * voted on two bills: …") unless it is the asker's.
 */
export function withoutLabel(text: string): Unframed | undefined {
  const labelled = LABEL.exec(text);
  if (!labelled || /[.!?]\s/.test(labelled[1]) || labelled[1].trim().split(/\s+/).length > 12) return undefined;
  const label = labelled[1].trim();
  if (!namesNoSpeaker(label)) return undefined;
  const verbal = analyse(label.replace(AFTER_HEAD, '')).some((token) => token.pos === 'VERB' || token.pos === 'AUX');
  if (verbal && !FIRST_PERSON.test(label) && !headsAsMedium(label)) return undefined;
  return { text: labelled[2].trim(), date: dateIn(label) };
}

const TELLING = String.raw`(?:says|said|claims|claimed|wrote|writes|posted|shared|swears|swore|insists|insisted|reckons|reckoned|thinks|believes|remembers|remembered|mentioned|texted|forwarded|told\s+(?:me|us|everyone|people|the\s+\p{L}+)|tells\s+(?:me|us|everyone|people)|(?:keeps?|kept)\s+(?:saying|claiming|posting|sharing|telling\s+(?:me|us|everyone|people))|(?:is|was)\s+(?:convinced|adamant|sure|certain))`;
const TOLD = new RegExp(String.raw`^(.{2,80}?)\s+(?:just\s+|also\s+|always\s+|once\s+)?${TELLING}(?:\s+(?:this|it))?(?:\s+(?:from|in|on|back in)\s+(${DATE}))?\s*(?:that\b|[:,—–-])?\s*(?=["“\p{L}\d])(.{15,})$`, 'iu');

/**
 * The claim someone passed on, without them, beyond claim-text's PASSERS: one of the asker's people ("My flatmate
 * insists …", "Our cabin steward swore that …"), a lay passer-on ("Taxi driver told me …", "A commenter under a
 * news article wrote: …"), a group or a platform ("Cricket WhatsApp group says …"). A date given with the passing
 * dates the claim ("My dad remembers this from January 2011: …"). A speaker whose saying is news ("The Velmar party said …",
 * "Police in Tarvik say …") is kept.
 */
export function withoutTeller(text: string): Unframed | undefined {
  const told = TOLD.exec(text);
  if (!told) return undefined;
  const [, teller, date, claim] = told;
  const toAsker = /\btold\s+(?:me|us)\b|\btells\s+(?:me|us)\b/i.test(text.slice(teller.length, text.length - claim.length));
  if (/["“”:—–]/.test(teller) || REACTION.has(headOf(teller)) || teller.split(/\s+/).length > 8 || !(toAsker || namesNoSpeaker(teller) || /^(?:some\s+guy|a\s+guy|someone|somebody|people)\b/i.test(teller))) return undefined;
  if (!headsAsMedium(teller) && analyse(teller.replace(AFTER_HEAD, '')).some((token) => token.pos === 'VERB' || token.pos === 'AUX')) return undefined;
  return { text: claim.charAt(0).toUpperCase() + claim.slice(1), date };
}

const SALUTE = /^(?:(?:huge|big|massive|so much|much|all the)\s+)?(?:respect|congrats|congratulations|kudos|props|shout-?out|thanks|thank you|rip|rest in peace)\s+(?:to\s+)?(.{2,80}?),\s+who\s+(.{12,})$/iu;
const SALUTED_FEAT = /^(?:(?:huge|big|massive|so much|much|all the)\s+)?(?:respect|congrats|congratulations|kudos|props|shout-?out)\s+to\s+(\p{Lu}[^,]{1,60}?),\s+(the\s+(?:first|last|only|youngest|oldest|fastest)\b.{12,})$/iu;
const REACTION_LEAD = /^([^.!?:—–"“]{2,70}?)\s*(?:[-–—:]+|[.!]+)\s+(?=\S)(.{20,})$/u;

/**
 * The statement without a word of reaction before it: a salute ("Huge respect to Olan Brede, who in 2007 became …"
 * → "Olan Brede in 2007 became …"; "Congrats to Mara Velt, the first …" → "Mara Velt, the first …") or a heading of a few words with no verb ("Great news — …", "Heads up,
 * everyone — …", "Big day for Norland. …"). News "from" a place keeps the place ("Terrible news from Tarvik
 * — …" → "In Tarvik, …").
 */
export function withoutReaction(text: string): string {
  const salute = SALUTE.exec(text);
  if (salute) return `${salute[1]} ${salute[2]}`;
  // "Huge congratulations to Mara Velt, the first person to swim …": the one saluted and the feat it names.
  const feat = SALUTED_FEAT.exec(text);
  if (feat) return `${feat[1]}, ${feat[2]}`;
  const lead = REACTION_LEAD.exec(text);
  if (!lead) return text;
  const words = lead[1].trim().split(/\s+/);
  const reacting = /\bheads[- ]up\b/i.test(lead[1]) || words.slice(0, 4).some((word) => REACTION.has(word.toLowerCase().replace(/[,!]$/, '')));
  const verbal = !/\bheads[- ]up\b/i.test(lead[1]) && analyse(lead[1]).some((token) => token.pos === 'VERB' || token.pos === 'AUX');
  if (!reacting || words.length > 8 || verbal) return text;
  const place = /\bfrom\s+(\p{Lu}.*)$/u.exec(lead[1])?.[1];
  return place ? `In ${place.trim()}, ${lead[2]}` : lead[2].charAt(0).toUpperCase() + lead[2].slice(1);
}

const QUOTED = /^["“]([^"“”]{15,})["”]\s*(.*)$/su;

/**
 * A claim passed on in quotation marks, without them and without what follows that is no part of it: a question
 * or a remark ('"…" Source?'), a date, kept to date it ('"…" (Oct 2015)', '"…" — September 2025'); a statement of
 * its own after a dash becomes a sentence of its own. A signature ('"…" — Jordan's foreign minister') is left for
 * claim-text's attributedQuote.
 */
export function withoutQuoteMarks(text: string): string | undefined {
  const quoted = QUOTED.exec(text.trim());
  if (!quoted) return undefined;
  const [, quote, tail] = quoted;
  const after = tail.replace(/^[-–—]+\s*/, '').trim();
  if (after === '' || isRemark(after)) return quote.trim();
  const date = new RegExp(String.raw`^\(?(${DATE})\)?[.!]?$`, 'u').exec(after)?.[1];
  if (date) return `${quote.trim()} (${date})`;
  // A statement of its own: a capital, then a finite verb before any comma (not "former president X, rejecting …").
  const tokens = analyse(after.split(',')[0]);
  const stated = /^[-–—]/.test(tail) && /^\p{Lu}/u.test(after) && tokens.some((token) => token.pos === 'VERB' && token.lower !== token.lemma && !/ing$/.test(token.lower));
  return stated ? `${quote.trim().replace(/[.!]?$/, '.')} ${after}` : undefined;
}

/**
 * The statement once its framing is off: remarks after it dropped (see claim-remarks.ts) and the dates stuck on it
 * said as its time (see claim-dates.ts).
 */
export function styledStatement(text: string): string {
  // '"…and then in 2024 …"': a quote cut from the middle of what was said.
  return saidDates(withoutRemarks(text).replace(/^(?:…|\.\.\.)\s*(?:(?:and|so|but)\s+)?(?:then\s+)?/iu, ''));
}

/**
 * A claim asked as a question, said as the statement it asks about (for a claim only: a question put for a report
 * stays a question): a quiz question with its answer, a yes/no question (see claim-questions.ts), a statement with
 * a question mark, a headline's gerund made past.
 */
export function askedAsClaim(text: string): string {
  return answeredQuiz(text) ?? askedAsStatement(text) ?? gerundAsPast(statedNotAsked(text));
}
