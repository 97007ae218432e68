import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isBoilerplateText, isDateline, isMoreStoriesHeading } from '../../src/adapters/extract/boilerplate.ts';
import { isFurnitureName } from '../../src/adapters/extract/clean-dom.ts';
import { isGarbled } from '../../src/adapters/extract/paragraph-filter.ts';

describe('isBoilerplateText', () => {
  const furniture = [
    'Advertisement',
    'ADVERTISEMENT',
    'Anzeige',
    '— Share this article —',
    'Read more: Why the bridge closed',
    'Related: Ten photos of the storm',
    'Updated: Sat 8:31 PM, Feb 17, 2018',
    'Published November 20th, 2019 - 07:29 GMT',
    'By Jane Doe and John Roe',
    'Sign up for our newsletter to get the latest news.',
    'Follow us on Twitter and Instagram.',
    'Copyright © 2019 Example News. All rights reserved.',
    'Image 1 of 23',
    '(Reporting by A. Writer; Editing by B. Editor)',
    'Tempo de leitura: 2 minutos',
    'Write to Al Root at al.root@example.com',
    'In this Dec. 12, 2006, file photo, astronauts work outside the station. (NASA via AP, File)',
  ];
  for (const text of furniture) {
    it(`drops "${text}"`, () => assert.equal(isBoilerplateText(text), true));
  }

  const prose = [
    'More than 50 people were hurt when the stage collapsed on Saturday night.',
    'By the time firefighters arrived, the roof had already fallen in.',
    'The council will publish the report on March 3, 2024, after a public hearing.',
    'Readers who subscribe to the print edition pay less than they did in 2019.',
    'Also on the agenda was a vote on the new school budget.',
    'Photos taken by the drone showed the extent of the flooding along the coast.',
  ];
  for (const text of prose) {
    it(`keeps "${text}"`, () => assert.equal(isBoilerplateText(text), false));
  }
});

describe('isDateline', () => {
  it('recognises lines of dates and times, in several languages', () => {
    assert.equal(isDateline('November 20, 2019 - 11:28 AM'), true);
    assert.equal(isDateline('sexta-feira, 22 de outubro de 2010 às 20:13'), true);
    assert.equal(isDateline('Posted: Fri 6:45 PM, Feb 16, 2018'), true);
  });

  it('leaves times without a year and number rows alone', () => {
    assert.equal(isDateline('4:14 p.m.'), false);
    assert.equal(isDateline('Meal 1'), false);
    assert.equal(isDateline('Rockledge 14 11 6 15 — 44'), false);
  });
});

describe('isMoreStoriesHeading', () => {
  it('recognises headings that open story lists', () => {
    for (const text of ['You may also like', 'More Great WIRED Stories', "DON'T MISS", 'Related coverage', 'Most read']) {
      assert.equal(isMoreStoriesHeading(text), true, text);
    }
    assert.equal(isMoreStoriesHeading('More stories emerged from the hearing on Tuesday than anyone expected.'), false);
  });
});

describe('isFurnitureName', () => {
  it('matches whole words of class and id names', () => {
    for (const name of ['share-tools', 'cookie-banner', 'relatedStories', 'ad-slot', 'wp-caption-text', 'read-more']) {
      assert.equal(isFurnitureName(name), true, name);
    }
  });

  it('does not match words inside other words, or containers named as the article body', () => {
    for (const name of ['header-shadow', 'loaded', 'design-update', 'shared-content article-body', 'entry-content social']) {
      assert.equal(isFurnitureName(name), false, name);
    }
  });

  it('does not judge content by names that also hold content: comments, authors, bylines, footers, sidebars, menus', () => {
    for (const name of ['comments', 'comment-body', 'serendipity_entry_author_ruth', 'byline', 'entry-footer', 'sidebar', 'nav-menu']) {
      assert.equal(isFurnitureName(name), false, name);
    }
  });
});

describe('isGarbled', () => {
  it('flags decoded binary and symbol soup, not prose in any script', () => {
    assert.equal(isGarbled('\u0000\u0001ïÞÍ¼«xgVE4#'), true);
    assert.equal(isGarbled('<<<>>><<//<<'), true);
    assert.equal(isGarbled('Пить можно и обычную воду.'), false);
    assert.equal(isGarbled('何が困るかといえば、ショートカットキーです。'), false);
  });
});
