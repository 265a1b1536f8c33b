import { describe, expect, it } from 'vitest';
import { expectRecordMatches, readFromRoot as read } from './support/provenance';
import { administrationChanges } from '../../geodata/scripts/build-administration.mjs';

describe('administration table (geodata/derived/administration.json)', () => {
  it('matches a fresh extraction from events.json', () => {
    const fresh = administrationChanges(JSON.parse(read('geodata/dispute/events.json')));
    expect(JSON.parse(read('geodata/derived/administration.json')).changes).toEqual(fresh);
  });

  it('carries a provenance record that matches the file and its input', () => {
    expectRecordMatches('geodata/derived/administration.json');
  });
});
