import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  type CurrentEventsDay, dayToDocuments, formatDay, isTopicLabel, labelEvents, parseCitedItem, parseEventItem,
} from '../../src/adapters/demo-corpus/current-events.ts';

describe('parseCitedItem', () => {
  const cases: [string, string, string[]][] = [
    ['Ukraine, Belarus and Moldova close their airspaces. (ABC News Australia) (Reuters)', 'Ukraine, Belarus and Moldova close their airspaces.', ['ABC News Australia', 'Reuters']],
    ['Hungary blocks the sanctions package again. (bne IntelliNews), (Politico)', 'Hungary blocks the sanctions package again.', ['bne IntelliNews', 'Politico']],
    ['A tornado strikes the town of Rolling Fork overnight. (AP via USA Today)', 'A tornado strikes the town of Rolling Fork overnight.', ['AP via USA Today']],
    ['Singapore tightens its rules on foreign workers.(The Straits Times)', 'Singapore tightens its rules on foreign workers.', ['The Straits Times']],
    ['Kenya wins the relay in a new record time. (BBC) , (CNN),(Reuters),(Reuters)', 'Kenya wins the relay in a new record time.', ['BBC', 'CNN', 'Reuters']],
    ['The wave measures only 40 centimetres (16 inches).(BBC News) (CNN)', 'The wave measures only 40 centimetres (16 inches).', ['BBC News', 'CNN']],
    ['The accident happened at around local time (UTC +2). (Helsingin Sanomat)', 'The accident happened at around local time (UTC +2).', ['Helsingin Sanomat']],
    ['A mineral is named Changesite–(Y). (Interesting Engineering)', 'A mineral is named Changesite–(Y).', ['Interesting Engineering']],
    ['Results show the opposition candidate in the lead. [(BBC)', 'Results show the opposition candidate in the lead.', ['BBC']],
  ];
  for (const [item, text, outlets] of cases) {
    test(item, () => assert.deepEqual(parseCitedItem(item), { text, outlets }));
  }

  test('parentheses that belong to the sentence are not outlets', () => {
    assert.equal(parseCitedItem('Logs were obtained by Representatives John Conyers (D-MI) and Louise Slaughter (D-NY).'), undefined);
    assert.equal(parseCitedItem('War in Afghanistan (2001–2021)'), undefined);
    assert.equal(parseCitedItem('No parentheses at all in this sentence.'), undefined);
  });
});

describe('event items and labels', () => {
  test('an event has outlet parentheses and more than six words', () => {
    assert.ok(parseEventItem('Maine surpasses 2,000 deaths from COVID-19. (Portland Press Herald)'));
    assert.equal(parseEventItem('Belarus votes today. (BBC)'), undefined);
  });

  test('labels are short heading-like items, not sentences', () => {
    assert.ok(isTopicLabel('Russia–NATO relations'));
    assert.ok(isTopicLabel('COVID-19 pandemic in Australia, COVID-19 vaccination in Australia'));
    assert.ok(isTopicLabel('War in Afghanistan (2001–2021)'));
    assert.equal(isTopicLabel('Cartoon Network Arabic launches.'), false);
    assert.equal(isTopicLabel('Ukraine suspends diplomatic relations with Russia in response. (Reuters)'), false);
  });
});

describe('labelEvents', () => {
  test('attaches the label path to the first event and to related events only', () => {
    const events = labelEvents([
      'Gaza war',
      'Israeli invasion of the Gaza Strip',
      'Troops advance towards the city centre overnight, the army says. (Reuters)',
      'Aid convoys reach northern Gaza for the first time in weeks. (Al Jazeera)',
      'A magnitude 6.1 earthquake strikes off the coast of Chile. (CNN)',
      'Russia–NATO relations',
      'NATO holds an emergency meeting at the request of Poland and Romania. (ERR) (Digi24)',
      'Lithuania declares a state of emergency across the whole country. (LRT)',
    ]);
    assert.deepEqual(
      events.map((event) => event.labels),
      [
        ['Gaza war', 'Israeli invasion of the Gaza Strip'],
        ['Gaza war', 'Israeli invasion of the Gaza Strip'],
        [],
        ['Russia–NATO relations'],
        [],
      ],
    );
    assert.deepEqual(events[3].outlets, ['ERR', 'Digi24']);
  });

  test('a shared year or stopword is not a shared topic', () => {
    const events = labelEvents([
      '2022 FIFA World Cup',
      'Qatar opens the tournament with a ceremony at Al Bayt Stadium in the north. (BBC)',
      'The government announces a 2022 budget for the coming year with new taxes. (Reuters)',
      'FIFA fines the federation for crowd trouble during the match. (ESPN)',
    ]);
    assert.deepEqual(
      events.map((event) => event.labels.length),
      [1, 0, 1],
    );
  });
});

describe('dayToDocuments', () => {
  const day: CurrentEventsDay = {
    date: '2022-02-24',
    page: 'https://en.wikipedia.org/wiki/Portal:Current_events/2022_February_24',
    sections: {
      'Armed conflicts and attacks': [
        'Russo-Ukrainian War',
        'Russian troops enter the Chernobyl Exclusion Zone near the border. (Reuters) (CNN)',
      ],
      Uncategorized: ['Iraq unveils three monumental structures in Hatra to restore the city. (France 24)'],
    },
  };

  test('one document per event, with title, outlet, date, kind and topics', () => {
    assert.deepEqual(dayToDocuments(day), [
      {
        url: day.page,
        title: 'Russo-Ukrainian War — Wikipedia Current Events, 24 February 2022',
        outlet: 'Wikipedia Current Events (citing Reuters, CNN)',
        publishedAt: '2022-02-24',
        kind: 'encyclopedia',
        text: 'Russian troops enter the Chernobyl Exclusion Zone near the border.',
        topics: ['Armed conflicts and attacks', 'Russo-Ukrainian War'],
      },
      {
        url: day.page,
        title: 'Wikipedia Current Events, 24 February 2022',
        outlet: 'Wikipedia Current Events (citing France 24)',
        publishedAt: '2022-02-24',
        kind: 'encyclopedia',
        text: 'Iraq unveils three monumental structures in Hatra to restore the city.',
        topics: [],
      },
    ]);
  });

  test('formats dates the way the portal does', () => {
    assert.equal(formatDay('2004-01-09'), '9 January 2004');
  });
});
