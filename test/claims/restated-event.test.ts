// The same event in words that neither the event groups nor WordNet relate: it may back a claim when every
// party, a number or party and one more detail match and nothing in the sentence points to another event.
// Every sentence here is made up for the test, not taken from a dev set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judge } from '../support/judge.ts';

const mine = { text: 'At least nine bodies are recovered following a tunnel collapse in Bolivia.', day: '2030-11-23' };

test('an event in other words, placed by its number, place and day, backs the claim', () => {
  assert.equal(judge('Rescuers pulled at least nine bodies from a collapsed tunnel in Bolivia in November 2030.', mine.text, mine.day), 'supported');
});

test('a changed detail of the restated event refutes or leaves it unplaced, never backs it', () => {
  assert.notEqual(judge('Rescuers pulled at least nineteen bodies from a collapsed tunnel in Bolivia in November 2030.', mine.text, mine.day), 'supported');
  assert.notEqual(judge('Rescuers pulled at least nine bodies from a collapsed tunnel in Peru in November 2030.', mine.text, mine.day), 'supported');
});

test('a turning verb, a denial or an expected event on one side only is another event', () => {
  const drilling = { text: 'Norsk Oil halts its drilling program off the coast of Greenland, citing high costs.', day: '2031-09-28' };
  // Stepping something up is the opposite of halting it (the event groups): the claim is refuted, never restated.
  assert.equal(judge('Norsk Oil stepped up its drilling program off the coast of Greenland in September 2031.', drilling.text, drilling.day), 'false');
  const envoy = { text: "President Lukin's personal envoy warns Moldova against joining the European Union.", day: '2031-06-09' };
  assert.equal(judge("In June 2031 President Lukin's personal envoy encouraged Moldova to join the European Union.", envoy.text, envoy.day), 'not enough evidence');
});

test('two parties the other way round are not restated', () => {
  const final = { text: 'Peru edges past Chile 2–1 to advance to the Andean Cup final.', day: '2031-01-26' };
  assert.notEqual(judge('Chile knock out Peru 2–1 to advance to the Andean Cup final!', final.text, final.day), 'supported');
  assert.equal(judge('Peru knock out Chile 2–1 to advance to the Andean Cup final!', final.text, final.day), 'supported');
});

test('a day and a place alone do not identify an event', () => {
  const shelling = { text: 'A second mortar shell is fired at border guards near Reni.', day: '2031-11-12' };
  assert.equal(judge('Border guards answered with fire near Reni in November 2031.', shelling.text, shelling.day), 'not enough evidence');
});

test('a restated event may name its doer another way and leave a particle unjoined', () => {
  const blast = { text: 'A truck bomb detonates at a Ruritanian military base in Velna.', day: '2032-01-25' };
  assert.equal(judge('In January 2032 a truck bomb went off at a base used by Ruritanian troops inside Velna.', blast.text, blast.day), 'supported');
  assert.notEqual(judge('A truck bomb went off at a base used by Ruritanian troops inside Stara in January 2032.', blast.text, blast.day), 'supported');
});

test('a particle can carry the direction: clocks turned back are not clocks moved forward', () => {
  const clocks = { text: 'President of Ruritania Ana Lund orders clocks in the country to move forward by half an hour to save electricity.', day: '2032-05-02' };
  assert.equal(judge("Ruritania's Ana Lund orders clocks turned back half an hour to save electricity (May 2032)", clocks.text, clocks.day), 'false');
});

test('a time the claim gives must be the source\'s, even one the reading hangs on a side verb', () => {
  const blast = { text: 'A truck bomb detonates at a Ruritanian military base in Velna.', day: '2032-01-25' };
  assert.notEqual(judge('A truck bomb went off at a base used by Ruritanian troops inside Velna in January 2029.', blast.text, blast.day), 'supported');
});
