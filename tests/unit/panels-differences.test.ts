import { describe, expect, it } from 'vitest';
import { claimFor, dispute, eventsForIsland, sourceById } from '../../src/data/dispute';
import { ISLAND_IDS, SIDES } from '../../src/data/schema';
import { differences, type View } from '../../src/panels/differences';

const topics = (island: (typeof ISLAND_IDS)[number]) =>
  differences(island).map((d) => (d.subject ? `${d.topic}:${d.subject}` : d.topic));

describe('differences()', () => {
  it.each(ISLAND_IDS)(
    '%s: every point has both sides, each sourced unless it has no reading',
    (id) => {
      const list = differences(id);
      expect(list.length).toBeGreaterThan(5);
      for (const difference of list) {
        for (const side of SIDES) {
          const view: View = difference.views[side];
          if (view.kind === 'none') continue;
          expect(view.sources.length, `${difference.topic} ${side}`).toBeGreaterThan(0);
          for (const id of view.sources) expect(sourceById(id), id).toBeDefined();
        }
        // A point where both sides say nothing of their own is not a difference.
        expect(SIDES.some((side) => difference.views[side].kind !== 'none')).toBe(true);
      }
    },
  );

  it('gives each side its own name in its own script where the names differ', () => {
    const name = differences('iturup').find((d) => d.topic === 'name')!;
    expect(name.views.japan).toMatchObject({ kind: 'name', native: '択捉島', lang: 'ja' });
    expect(name.views.russia).toMatchObject({ kind: 'name', native: 'Итуруп', lang: 'ru' });
    // Shikotan has one name in both languages.
    expect(topics('shikotan')).not.toContain('name');
  });

  it('compares administration, status and legal basis from the claims', () => {
    const list = differences('kunashir');
    const admin = list.find((d) => d.topic === 'administration')!;
    expect(admin.views.japan.kind === 'units' && admin.views.japan.units[0].native).toBe('日本');
    expect(admin.views.russia.kind === 'units' && admin.views.russia.units[1].native).toBe(
      'Сахалинская область',
    );
    const status = list.find((d) => d.topic === 'status')!;
    expect(status.views.russia).toMatchObject({
      text: claimFor('kunashir', 'russia')!.status.text,
    });
    const basis = list.find((d) => d.topic === 'legalBasis')!;
    for (const side of SIDES) {
      const view = basis.views[side];
      expect(view.kind === 'arguments' && view.items.every((a) => a.side === side)).toBe(true);
    }
  });

  it('lists the events read differently or relied on by one side, oldest first', () => {
    const events = differences('shikotan')
      .filter((d) => d.topic === 'event')
      .map((d) => d.subject!);
    const order = eventsForIsland('shikotan').map((e) => e.id);
    expect(events).toEqual([...events].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    // Read by both sides; relied on by Russia only; relied on by Japan only, no reading.
    expect(events).toEqual(
      expect.arrayContaining(['shimoda-1855', 'yalta-1945', 'tokyo-declaration-1993']),
    );
    // A shared fact with no reading and no side relying on it is not a difference.
    expect(events).not.toContain('visa-free-exchanges-1991');
    const tokyo = differences('shikotan').find((d) => d.subject === 'tokyo-declaration-1993')!;
    expect(tokyo.views.japan.kind).toBe('text');
    expect(tokyo.views.russia.kind).toBe('none');
  });

  it('prefers a side’s reading of an event to its key-document note', () => {
    const shimoda = differences('iturup').find((d) => d.subject === 'shimoda-1855')!;
    const event = eventsForIsland('iturup').find((e) => e.id === 'shimoda-1855')!;
    expect(shimoda.views.japan).toMatchObject({ text: event.readings!.japan!.text });
  });

  it('says how each side draws the lines that bound the island', () => {
    const line = (island: (typeof ISLAND_IDS)[number]) =>
      differences(island).filter((d) => d.topic === 'line');
    expect(line('iturup').map((d) => [d.subject, d.views.japan, d.views.russia])).toEqual([
      [
        'japan-claim-1951',
        expect.objectContaining({ lineKind: 'border' }),
        expect.objectContaining({ lineKind: 'claim' }),
      ],
    ]);
    for (const island of ['kunashir', 'shikotan', 'habomai'] as const) {
      expect(line(island).map((d) => d.subject)).toEqual(['line-of-control-1945']);
      expect(line(island)[0].views.japan).toMatchObject({ lineKind: 'line-of-control' });
      expect(line(island)[0].views.russia).toMatchObject({ lineKind: 'border' });
    }
    // Lines both sides draw alike (the 1855 border) are not differences.
    expect(dispute.lines.lines.find((l) => l.id === 'shimoda-1855')!.between).toContain('iturup');
    expect(topics('iturup')).not.toContain('line:shimoda-1855');
  });
});
