export class Autocomplete {
  constructor(entries: [string, number][]) {}

  suggest(prefix: string): string[] {
    return [];
  }

  select(phrase: string): void {}
}
