// Recognises paragraphs that are page furniture rather than prose: ad labels, share and subscribe
// prompts, related-story headings, bylines, datelines, credits and copyright lines.

/** Labels that stand alone on a line (compared lower-cased, without surrounding punctuation). */
const LABELS = new Set([
  'advertisement', 'advert', 'ad', 'ads', 'anzeige', 'werbung', 'publicidad', 'publicidade', 'publicité', 'pubblicità',
  'reklama', 'iklan', 'sponsored', 'sponsored content', 'реклама', '광고', '广告', 'caption', 'close', 'comments',
  'comment', 'share', 'share this', 'share this article', 'tweet', 'email', 'print', 'menu', 'home', 'search', 'subscribe',
  'sign in', 'sign up', 'log in', 'login', 'register', 'text size', 'highlights', 'tags', 'related', 'related news',
  'related articles', 'related stories', 'related posts', 'trending', 'trending now', 'popular', 'latest', 'most popular',
  'most read', 'loading', 'loading content', 'skip to content', 'skip to main content', 'back to top', 'next', 'previous',
  'reply', 'learn more', 'read more', 'see more', 'show more', 'load more', 'more', 'continue reading', 'by', 'video',
  'watch', 'listen', 'photos', 'gallery', 'disclaimer', 'opinion', 'review', 'advice', 'news', 'breaking news', 'exclusive',
  'updated', 'top stories', "don't miss", 'dont miss', 'recommended', 'recommended for you', 'you may also like',
  'you might also like', 'more stories', 'more news', 'further reading', 'see also', 'follow us', 'newsletter',
]);

/** Lead-ins that announce a link to somewhere else, not a sentence of the story. */
const LEAD_IN = /^[[(]?\s*(filed under|tags|tagged|category|categories|categoria|topics|related|read more|read also|also read|see more|see also|more|also|watch|video|listen|photos|gallery|recommended|leggi anche|lesen sie auch|lire aussi|leia também|veja também|lea también|ver también)(\s+(on|from|at)\s+[^:]{1,40})?\s*:/i;

/** Headings that open a block of other stories. */
const MORE_STORIES = /^(you (may|might) also (like|enjoy)|more (great )?[\w'’ ]{0,30}(stories|news|articles|videos|coverage)\b|don[’']?t miss|related (coverage|articles?|posts?|stories|news|content|links|reading|topics)|recommended (for you|stories|reading)|(trending|popular|latest|recent|top) (now|stories|articles|news|posts|videos)|most (read|popular|viewed|shared)|further reading|editor'?s picks)/i;

const PROMPTS = [
  /^(sign up|subscribe)\b|\b(newsletters?|inbox)\b/i,
  /\b(follow|find|like) (us|him|her|me|them)\b.*\b(twitter|facebook|instagram|youtube|linkedin|tiktok)\b/i,
  /^follow\b.*\b(on|@)/i,
  /\b(share (it|this)|enjoyed this|like this (story|article|post)|stories like this)\b/i,
  /\baffiliate (links?|commission|partnerships?)\b|\bmay earn (a|an)\b.*\bcommission\b/i,
  /\b(click|tap) here\b/i,
  /\b(reporting by|editing by|additional reporting|contributed (to this report|reporting))\b/i,
  /\b(javascript|cookies?)\b.*\b(enable|requires?|uses?|accept)\b|\b(enable|requires?|uses?|accept)\b.*\b(javascript|cookies?)\b/i,
  /^(©|\(c\)|copyright\b)|\ball rights reserved\b|\bcopyright\s*(©|ⓒ|@|\d{4})/i,
  /^(photo|image|picture|credit|source|foto|fonte|bild|quelle)s?( credit)?\s*:/i,
  /^image \d+ (of|\/)\s*\/?\s*\d*$|^\d+\s*(of|\/)\s*\d+$/i,
  /\b(reading time|min(ute)?s? read|tempo de leitura|temps de lecture|lesezeit|tiempo de lectura|tempo di lettura)\b/i,
  /^(write to|reach|contact|email|e-mail)\b.*(@|\bat\b)|^[\w.+-]+@[\w-]+\.[\w.]+$|^(www\.|https?:\/\/)?(twitter|facebook|instagram)\.com\/\S+$/i,
  /^join (our|us|the conversation|the discussion)\b/i,
  /\b(posted|published|publicado|publicada|pubblicato|publié|veröffentlicht)\s*(by|por|da|par|von|:)/i,
  /^[^.!?]{0,60}\b(getty images|shutterstock|reuters|afp|associated press|ap photo|epa|istock)\s*\)?$/i,
];

/** Wire-photo captions: "In this Nov. 3 file photo, ..." or a trailing "(AP Photo/Name)". */
const CAPTION = [
  /^in this\b.{0,60}\b(file )?(photo|image|picture)\b(,| provided| released| made| taken)/i,
  /\([^()]*\b(AP|AFP|Reuters|Getty Images|EPA)\b[^()]*\)$/,
];

const BYLINE = /^([Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor)\s+\p{Lu}/u;

const DATE_WORDS = new Set(
  (
    'jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september ' +
    'october november december mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday ' +
    'am pm a.m p.m est edt cst cdt mst mdt pst pdt gmt utc bst cet cest ist amt et pt ct published updated posted ' +
    'last modified on at by de às a o em um le el il der die das am um uhr ago hours hour minutes minute days day today ' +
    'yesterday ene abr ago dic gen mag giu lug ott janv févr mars avr mai juin juil août sept déc mär okt dez ' +
    'janeiro fevereiro março maio junho julho agosto setembro outubro novembro dezembro segunda terça quarta quinta ' +
    'sexta feira sábado domingo maret mei juni juli agustus oktober desember'
  ).split(' '),
);

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}.]+/gu)?.map((word) => word.replace(/\.+$/, '')) ?? [];
}

/** A line made of dates, times and "Published/Updated" words. */
export function isDateline(text: string): boolean {
  const tokens = words(text).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 14 || !/\b(19|20)\d\d\b|\b(published|updated|posted)\b/i.test(text)) return false;
  const dateish = tokens.filter((token) => DATE_WORDS.has(token) || /^\d[\d.:/-]*(st|nd|rd|th|h)?$/.test(token));
  return tokens.length - dateish.length <= 1 && dateish.length * 2 >= tokens.length;
}

/** A short heading that opens a list of other stories ("You may also like", "More news"). */
export function isMoreStoriesHeading(text: string): boolean {
  const label = text.toLowerCase().replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
  return text.split(/\s+/).length <= 8 && MORE_STORIES.test(label);
}

/** A heading over a list of other stories: "Related", "More from the Gazette", "You may also like". */
export function isOtherStoriesHeading(text: string): boolean {
  return isMoreStoriesHeading(text) || (text.split(/\s+/).length <= 6 && /^(related\b|more (from|in|on)\b)/i.test(text.trim()));
}

export function isBoilerplateText(text: string): boolean {
  const label = text.toLowerCase().replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
  if (LABELS.has(label)) return true;
  const wordCount = text.split(/\s+/).length;
  if (wordCount <= 40 && LEAD_IN.test(text)) return true;
  if (wordCount <= 14 && isDateline(text)) return true;
  if (wordCount <= 80 && CAPTION.some((pattern) => pattern.test(text))) return true;
  if (wordCount <= 12 && BYLINE.test(text) && !/[.!?]["”’]?$/.test(text)) return true;
  return wordCount <= 30 && PROMPTS.some((pattern) => pattern.test(text));
}
