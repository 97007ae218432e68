// Article metadata for the source list: headline, byline, publication date, site name and the
// publisher's own article body, read from JSON-LD, meta tags and marked-up bylines.

export interface PageMetadata {
  title?: string;
  byline?: string;
  publishedAt?: string;
  siteName?: string;
  /** JSON-LD `articleBody`, when the publisher embeds the text. */
  articleBody?: string;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPE = /article|posting|report|webpage|recipe|review/i;

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** JSON-LD strings are often HTML-escaped twice by CMS plugins ("Q&amp;A", "&#8216;"). */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return decodeEntities(value).replace(/\s+/g, ' ').trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}

function personNames(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(personNames);
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') {
    const name = asText((value as JsonObject).name);
    return name ? [name] : [];
  }
  return [];
}

/** Every object in the JSON-LD blocks, flattening arrays and `@graph`. */
function jsonLdObjects(document: Document): JsonObject[] {
  const objects: JsonObject[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      objects.push(value as JsonObject);
      visit((value as JsonObject)['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse((script.textContent ?? '').replace(/^\s*<!--|-->\s*$/g, '')));
    } catch {
      // A broken JSON-LD block is common and says nothing about the article: skip it.
    }
  }
  return objects;
}

function fromJsonLd(document: Document): PageMetadata {
  const objects = jsonLdObjects(document);
  const typeOf = (object: JsonObject) => [object['@type']].flat().map(String).join(' ');
  const article =
    objects.find((object) => ARTICLE_TYPE.test(typeOf(object)) && (object.headline || object.articleBody)) ??
    objects.find((object) => object.headline || object.datePublished);
  if (!article) return {};
  const publisher = article.publisher as JsonObject | undefined;
  const authors = personNames(article.author ?? article.creator).filter((name) => !/^https?:\/\//.test(name));
  return {
    title: asText(article.headline) ?? asText(article.name),
    byline: authors.length > 0 ? authors.join(', ') : undefined,
    publishedAt: asText(article.datePublished) ?? asText(article.dateCreated),
    siteName: asText(publisher?.name),
    // Kept with its line breaks, which are the publisher's paragraphs.
    articleBody: typeof article.articleBody === 'string' ? decodeEntities(article.articleBody).trim() || undefined : undefined,
  };
}

function meta(document: Document, keys: string[]): string | undefined {
  for (const key of keys) {
    const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop~="${key}"]`);
    const value = asText(element?.getAttribute('content'));
    if (value) return value;
  }
  return undefined;
}

function fromMarkup(document: Document): PageMetadata {
  const author = meta(document, ['author', 'byl', 'sailthru.author', 'parsely-author', 'dc.creator', 'DC.creator', 'article:author']);
  const time = document.querySelector(
    '[itemprop="datePublished"][datetime], time[datetime][pubdate], article time[datetime], time[datetime]',
  );
  const byline = document.querySelector(
    '[itemprop="author"] [itemprop="name"], [rel="author"], [itemprop="author"], .byline, .author-name',
  );
  return {
    title: meta(document, ['og:title', 'twitter:title']),
    byline: author && !/^https?:\/\//.test(author) ? author : asText(byline?.textContent),
    publishedAt:
      meta(document, [
        'article:published_time', 'article:published', 'og:published_time', 'datePublished', 'pubdate', 'publishdate',
        'publish-date', 'date', 'dc.date', 'DC.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date',
      ]) ?? asText(time?.getAttribute('datetime')),
    siteName: meta(document, ['og:site_name', 'application-name']),
  };
}

/** A date a page could really have been published on: "0001-01-01" placeholders are not. */
export function plausibleDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const parsed = Date.parse(value);
  const year = Number.isNaN(parsed) ? Number(value.match(/\b(1[89]\d\d|2\d\d\d)\b/)?.[1]) : new Date(parsed).getUTCFullYear();
  return year >= 1990 && year <= 2100 ? value : undefined;
}

function cleanByline(byline: string | undefined): string | undefined {
  // Marked-up bylines often run on into the dateline or a handle: "Jane DoeMonday, Nov. 18", "Jo Roe @jroe".
  const cleaned = byline
    ?.replace(/^(by|von|par|por|di)\s+/i, '')
    .replace(/\s*(@\w|(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d).*$/i, '')
    .replace(/[\s,|–-]+$/, '')
    .trim();
  return cleaned && cleaned.length <= 120 ? cleaned : undefined;
}

/** Reads metadata; call before the document is cleaned, since JSON-LD lives in <script> elements. */
export function readMetadata(document: Document): PageMetadata {
  const linked = fromJsonLd(document);
  const marked = fromMarkup(document);
  return {
    title: linked.title ?? marked.title,
    byline: cleanByline(linked.byline ?? marked.byline),
    publishedAt: plausibleDate(linked.publishedAt) ?? plausibleDate(marked.publishedAt),
    siteName: marked.siteName ?? linked.siteName,
    articleBody: linked.articleBody,
  };
}
