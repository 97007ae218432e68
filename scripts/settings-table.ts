// Prints the configuration table generated from the settings schema; `--write` puts it in README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { settingsTable, withSettingsTable } from '../src/runtime/settings-table.ts';

const readme = path.join(import.meta.dirname, '..', 'README.md');
if (process.argv.includes('--write')) {
  writeFileSync(readme, withSettingsTable(readFileSync(readme, 'utf8')));
  console.log(`wrote the settings table to ${readme}`);
} else {
  console.log(settingsTable());
}
