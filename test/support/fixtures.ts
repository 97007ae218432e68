// A small hand-written corpus about one contested question, with known actors and stances.
import type { DocumentInput } from '../../src/contracts/types.ts';

const day = (date: string, text: string, outlet: string, topics: string[] = []): DocumentInput => ({
  url: `https://news.example/${date}/${encodeURIComponent(text.slice(0, 24))}`,
  title: `${topics[0] ?? 'Report'} — ${date}`,
  outlet,
  publishedAt: date,
  fetchedAt: '2026-03-28T00:00:00.000Z',
  kind: 'news',
  text,
  topics,
  origin: 'test',
});

export const NATO_CORPUS: DocumentInput[] = [
  day('2008-04-02', 'The President of the United States George W. Bush supports the bids by Georgia and Ukraine to become members of the North Atlantic Treaty Organization.', 'Wire A', ['Enlargement of NATO']),
  day('2008-12-02', 'NATO member countries decide not to offer MAP to Georgia and Ukraine, citing the war in South Ossetia.', 'Wire B', ['NATO summit']),
  day('2021-04-06', 'Ukrainian President Volodymyr Zelenskyy calls on NATO to hasten the country\'s accession to the military alliance in response to a build-up of Russian troops.', 'Wire C', ['Ukraine–NATO relations']),
  day('2021-12-17', 'Russia demands that NATO never admit Ukraine as a member of the military alliance, saying that it wants a legally binding guarantee to end eastward NATO expansion.', 'Wire D', ['Russia–NATO relations']),
  day('2022-01-27', "The United States rejects Russia's demand that Ukraine be barred from joining NATO.", 'Wire E', ['Russo-Ukrainian crisis']),
  day('2022-03-15', 'Ukrainian President Volodymyr Zelenskyy acknowledges that Ukraine will not be able to join NATO.', 'Wire F', ['Enlargement of NATO']),
  day('2023-07-11', 'Hungarian Prime Minister Viktor Orbán says Hungary opposes Ukraine joining NATO while the war continues, warning that membership would drag the alliance into war.', 'Wire G', ['Ukraine–NATO relations']),
  day('2023-07-12', 'Polish President Andrzej Duda says Poland backs Ukraine joining NATO as soon as possible, arguing that membership would deter Russia.', 'Wire H', ['Ukraine–NATO relations']),
  day('2023-07-12', 'Germany is cautious about Ukraine joining NATO during the war, saying that accession must wait until the fighting ends.', 'Wire I', ['Vilnius summit']),
  day('2024-04-04', 'U.S. Secretary of State Antony Blinken says that Ukraine will eventually become a NATO member.', 'Wire A', ['Ukraine–NATO relations']),
  day('2024-06-14', 'Russian President Vladimir Putin says he is ready for a ceasefire if Ukraine stops its accession to NATO.', 'Wire J', ['Peace talks']),
  day('2022-06-29', 'Turkey lifts its veto on Finland and Sweden joining NATO after a memorandum on terrorism.', 'Wire K', ['Enlargement of NATO']),
  day('2023-04-04', 'Finland officially joins NATO, becoming the 31st member of the military alliance.', 'Wire L', ['Finland–NATO relations']),
  day('2019-05-20', 'A heatwave in Spain sets temperature records in Seville and Córdoba.', 'Wire M', ['Weather']),
  day('2020-11-03', 'Voters in the United States go to the polls in the presidential election.', 'Wire N', ['Elections']),
];

export const NATO_QUESTION = 'Which NATO members support or oppose Ukraine joining, and what are their stated reasons?';

export const FIXED_NOW = new Date('2026-11-22T10:00:00.000Z');
export const fixedClock = () => new Date(FIXED_NOW);
