// The building blocks of the benchmark's generated `.lhc`: a seedable random source, a line writer, and London's
// geography (sub-regions and their boroughs) that the core and the deals share. Every figure is synthetic.
/** mulberry32: a tiny, fast, seedable PRNG — the same seed always gives the same workspace. */
export function seededRandom(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

export const FOOTPRINTS: Record<string, string[]> = {
    NorthCentral: ['Barnet', 'Camden', 'Enfield', 'Haringey', 'Islington'],
    NorthEast: ['BarkingAndDagenham', 'CityOfLondon', 'Hackney', 'Havering', 'Newham', 'Redbridge', 'TowerHamlets', 'WalthamForest'],
    SouthEast: ['Bexley', 'Bromley', 'Greenwich', 'Lambeth', 'Lewisham', 'Southwark'],
    SouthWest: ['Croydon', 'KingstonUponThames', 'Merton', 'RichmondUponThames', 'Sutton', 'Wandsworth'],
    NorthWest: ['Brent', 'Ealing', 'HammersmithAndFulham', 'Harrow', 'Hillingdon', 'Hounslow', 'KensingtonAndChelsea', 'Westminster']
};
export const BOROUGHS = Object.entries(FOOTPRINTS).flatMap(([footprint, boroughs]) => boroughs.map((borough) => ({ borough, footprint })));

export function spaced(name: string): string {
    return name.replace(/([a-z])([A-Z])/g, '$1 $2');
}

export class Writer {
    readonly lines: string[] = [];
    constructor(private readonly random: () => number) {}
    line(text = ''): void {
        this.lines.push(text);
    }
    int(min: number, max: number): number {
        return min + Math.floor(this.random() * (max - min + 1));
    }
    pick<T>(items: readonly T[]): T {
        return items[Math.floor(this.random() * items.length)]!;
    }
    date(fromYear: number, toYear: number): string {
        const year = this.int(fromYear, toYear);
        const month = this.int(1, 12);
        const day = this.int(1, 28);
        return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    }
    text(): string {
        return this.lines.join('\n') + '\n';
    }
}
