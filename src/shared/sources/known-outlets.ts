// Outlets we can name and classify by their registered domain. A short list of widely cited sources;
// everything else is classified by suffix (.gov, .edu), page metadata or the provider that found it.
import type { SourceKind } from '../../contracts/schema.ts';

type Known = [domain: string, name: string, kind: SourceKind];

const KNOWN: Known[] = [
  // Wire services, broadcasters and newspapers.
  ['reuters.com', 'Reuters', 'news'], ['apnews.com', 'Associated Press', 'news'], ['afp.com', 'AFP', 'news'],
  ['bbc.co.uk', 'BBC', 'news'], ['bbc.com', 'BBC', 'news'], ['nytimes.com', 'The New York Times', 'news'],
  ['washingtonpost.com', 'The Washington Post', 'news'], ['theguardian.com', 'The Guardian', 'news'], ['wsj.com', 'The Wall Street Journal', 'news'],
  ['ft.com', 'Financial Times', 'news'], ['bloomberg.com', 'Bloomberg', 'news'], ['economist.com', 'The Economist', 'news'],
  ['aljazeera.com', 'Al Jazeera', 'news'], ['cnn.com', 'CNN', 'news'], ['npr.org', 'NPR', 'news'], ['pbs.org', 'PBS', 'news'],
  ['cbsnews.com', 'CBS News', 'news'], ['nbcnews.com', 'NBC News', 'news'], ['abcnews.go.com', 'ABC News', 'news'], ['foxnews.com', 'Fox News', 'news'],
  ['politico.com', 'Politico', 'news'], ['politico.eu', 'Politico Europe', 'news'], ['axios.com', 'Axios', 'news'], ['thehill.com', 'The Hill', 'news'],
  ['usatoday.com', 'USA Today', 'news'], ['latimes.com', 'Los Angeles Times', 'news'], ['time.com', 'Time', 'news'], ['theatlantic.com', 'The Atlantic', 'news'],
  ['independent.co.uk', 'The Independent', 'news'], ['telegraph.co.uk', 'The Telegraph', 'news'], ['thetimes.co.uk', 'The Times', 'news'], ['sky.com', 'Sky News', 'news'],
  ['dw.com', 'Deutsche Welle', 'news'], ['france24.com', 'France 24', 'news'], ['euronews.com', 'Euronews', 'news'], ['lemonde.fr', 'Le Monde', 'news'],
  ['spiegel.de', 'Der Spiegel', 'news'], ['rferl.org', 'Radio Free Europe/Radio Liberty', 'news'], ['kyivindependent.com', 'The Kyiv Independent', 'news'],
  ['abc.net.au', 'ABC (Australia)', 'news'], ['cbc.ca', 'CBC', 'news'], ['scmp.com', 'South China Morning Post', 'news'], ['japantimes.co.jp', 'The Japan Times', 'news'],
  ['timesofindia.indiatimes.com', 'The Times of India', 'news'], ['thehindu.com', 'The Hindu', 'news'], ['haaretz.com', 'Haaretz', 'news'], ['nature.com', 'Nature', 'news'],
  ['science.org', 'Science', 'news'], ['newscientist.com', 'New Scientist', 'news'], ['voanews.com', 'Voice of America', 'news'], ['tass.com', 'TASS', 'news'], ['rt.com', 'RT', 'news'],
  // Fact-checkers (IFCN signatories and well-known desks).
  ['snopes.com', 'Snopes', 'fact-checker'], ['politifact.com', 'PolitiFact', 'fact-checker'], ['factcheck.org', 'FactCheck.org', 'fact-checker'],
  ['fullfact.org', 'Full Fact', 'fact-checker'], ['leadstories.com', 'Lead Stories', 'fact-checker'], ['checkyourfact.com', 'Check Your Fact', 'fact-checker'],
  ['healthfeedback.org', 'Health Feedback', 'fact-checker'], ['sciencefeedback.co', 'Science Feedback', 'fact-checker'], ['climatefeedback.org', 'Climate Feedback', 'fact-checker'],
  ['africacheck.org', 'Africa Check', 'fact-checker'], ['boomlive.in', 'BOOM', 'fact-checker'], ['altnews.in', 'Alt News', 'fact-checker'], ['factly.in', 'Factly', 'fact-checker'],
  ['maldita.es', 'Maldita', 'fact-checker'], ['newtral.es', 'Newtral', 'fact-checker'], ['correctiv.org', 'CORRECTIV', 'fact-checker'], ['pagellapolitica.it', 'Pagella Politica', 'fact-checker'],
  ['logicallyfacts.com', 'Logically Facts', 'fact-checker'], ['stopfake.org', 'StopFake', 'fact-checker'], ['euvsdisinfo.eu', 'EUvsDisinfo', 'fact-checker'], ['truthorfiction.com', 'Truth or Fiction', 'fact-checker'],
  // Think tanks and research institutes.
  ['brookings.edu', 'Brookings Institution', 'analysis'], ['cfr.org', 'Council on Foreign Relations', 'analysis'], ['csis.org', 'CSIS', 'analysis'],
  ['rand.org', 'RAND Corporation', 'analysis'], ['chathamhouse.org', 'Chatham House', 'analysis'], ['carnegieendowment.org', 'Carnegie Endowment', 'analysis'],
  ['atlanticcouncil.org', 'Atlantic Council', 'analysis'], ['ecfr.eu', 'European Council on Foreign Relations', 'analysis'], ['iiss.org', 'IISS', 'analysis'],
  ['heritage.org', 'The Heritage Foundation', 'analysis'], ['cato.org', 'Cato Institute', 'analysis'], ['pewresearch.org', 'Pew Research Center', 'analysis'],
  ['sipri.org', 'SIPRI', 'analysis'], ['crisisgroup.org', 'International Crisis Group', 'analysis'], ['understandingwar.org', 'Institute for the Study of War', 'analysis'],
  ['rusi.org', 'RUSI', 'analysis'], ['piie.com', 'Peterson Institute', 'analysis'], ['aei.org', 'American Enterprise Institute', 'analysis'], ['kff.org', 'KFF', 'analysis'],
  ['ourworldindata.org', 'Our World in Data', 'analysis'], ['theconversation.com', 'The Conversation', 'analysis'],
  // International organisations and governments outside the .gov/.int suffixes.
  ['un.org', 'United Nations', 'official'], ['unhcr.org', 'UNHCR', 'official'], ['unicef.org', 'UNICEF', 'official'], ['imf.org', 'IMF', 'official'],
  ['worldbank.org', 'World Bank', 'official'], ['oecd.org', 'OECD', 'official'], ['osce.org', 'OSCE', 'official'], ['europa.eu', 'European Union', 'official'],
  ['kremlin.ru', 'Kremlin', 'official'], ['elysee.fr', 'Élysée', 'official'], ['bundesregierung.de', 'German Federal Government', 'official'], ['canada.ca', 'Government of Canada', 'official'],
  ['nato.int', 'NATO', 'official'], ['who.int', 'World Health Organization', 'official'], ['whitehouse.gov', 'The White House', 'official'], ['state.gov', 'U.S. Department of State', 'official'],
  ['gov.uk', 'UK Government', 'official'], ['parliament.uk', 'UK Parliament', 'official'], ['cdc.gov', 'CDC', 'official'], ['nih.gov', 'NIH', 'official'],
  // Encyclopedias.
  ['wikipedia.org', 'Wikipedia', 'encyclopedia'], ['britannica.com', 'Encyclopaedia Britannica', 'encyclopedia'], ['scholarpedia.org', 'Scholarpedia', 'encyclopedia'],
  ['plato.stanford.edu', 'Stanford Encyclopedia of Philosophy', 'encyclopedia'], ['encyclopedia.com', 'Encyclopedia.com', 'encyclopedia'],
  // Social platforms: what is posted there is attributed to its author, not the platform.
  ['twitter.com', 'X (Twitter)', 'social'], ['x.com', 'X (Twitter)', 'social'], ['facebook.com', 'Facebook', 'social'], ['instagram.com', 'Instagram', 'social'],
  ['tiktok.com', 'TikTok', 'social'], ['reddit.com', 'Reddit', 'social'], ['youtube.com', 'YouTube', 'social'], ['youtu.be', 'YouTube', 'social'],
  ['t.me', 'Telegram', 'social'], ['threads.net', 'Threads', 'social'], ['bsky.app', 'Bluesky', 'social'], ['linkedin.com', 'LinkedIn', 'social'],
  ['mastodon.social', 'Mastodon', 'social'], ['truthsocial.com', 'Truth Social', 'social'], ['vk.com', 'VK', 'social'], ['quora.com', 'Quora', 'social'],
];

/** Lookup by full host first (plato.stanford.edu), then by registered domain. */
export const KNOWN_OUTLETS: ReadonlyMap<string, { name: string; kind: SourceKind }> = new Map(KNOWN.map(([domain, name, kind]) => [domain, { name, kind }]));
