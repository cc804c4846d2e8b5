import { shuffled, type RandomSource } from './random.js';

/** Display names of remote demo people: diverse, and long enough to test truncation now and then. */
export const DEMO_NAMES: readonly string[] = [
  'Amara Okafor',
  'Liam Schneider',
  'Priya Raman',
  'Mateo García',
  'Yuki Tanaka',
  'Fatima Al-Sayed',
  'Noah Williams',
  'Ingrid Johansson',
  'Kwame Mensah',
  'Sofia Rossi',
  'Chen Wei',
  'Aisha Bello',
  'Lucas Dubois',
  'Ananya Iyer',
  'Olivia Brown',
  'Dmitri Volkov',
  'Zeynep Yılmaz',
  'Diego Fernández',
  'Hana Kim',
  'Tariq Hassan',
  'Emma Müller',
  'Rahul Mehta',
  'Nia Johnson',
  'Santiago López',
  'Mei Lin',
  'Oluwaseun Adeyemi',
  'Chloé Martin',
  'Arjun Nair',
  'Isabela Costa',
  'Kenji Watanabe',
  'Leila Ahmadi',
  'Henrik Larsen',
  'Grace Mwangi',
  'Pedro Alves',
  'Sara Cohen',
  'Thabo Nkosi',
  'Elena Popescu',
  'Mohammed Rahman',
  'Julia Nowak',
  'Kai Nakamura',
  'Valentina Ruiz',
  'Samuel Osei',
  'Anika Sharma',
  'Jonas Berg',
  'Layla Haddad',
  'Tomás Silva',
  'Ayesha Siddiqui',
  'Felix Wagner',
  'Nomvula Dlamini',
  'Ravi Patel',
  'Camille Laurent',
  'Bashir Karimi',
  'Lucía Morales',
  'Ji-woo Park',
  'Marcus Thompson',
  'Alejandra Vega',
  'Viktor Horváth',
  'Adaeze Nwosu',
  'Ioana Marinescu',
  'Maximilian von Hohenberg-Adlersfeld',
];

/** Tile colours of remote people: mid-tone so white initials stay readable (contrast ≥ 4.5). */
export const DEMO_COLOURS: readonly string[] = [
  '#2563eb',
  '#7c3aed',
  '#c026d3',
  '#db2777',
  '#dc2626',
  '#c2410c',
  '#b45309',
  '#4d7c0f',
  '#15803d',
  '#0f766e',
  '#0e7490',
  '#4338ca',
];

/**
 * Hands out names and colours in a seeded order. After the list is used up it starts again with a
 * number suffix, so names stay unique.
 */
export class NameBook {
  private readonly names: string[];
  private readonly colours: string[];
  private issued = 0;

  constructor(random: RandomSource) {
    this.names = shuffled(random, DEMO_NAMES);
    this.colours = shuffled(random, DEMO_COLOURS);
  }

  /** The next unused name and its colour. */
  next(): { name: string; colour: string } {
    const i = this.issued++;
    const round = Math.floor(i / this.names.length);
    const base = this.names[i % this.names.length] as string;
    return {
      name: round === 0 ? base : `${base} ${round + 1}`,
      colour: this.colours[i % this.colours.length] as string,
    };
  }
}

/** Up to two initials of a name, for avatars and synthetic video. */
export function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '?';
  const first = [...(parts[0] as string)][0] ?? '';
  const last = parts.length > 1 ? ([...(parts[parts.length - 1] as string)][0] ?? '') : '';
  return (first + last).toUpperCase();
}
