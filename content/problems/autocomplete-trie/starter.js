export class Autocomplete {
  constructor(entries) {}

  suggest(prefix) {
    return [];
  }

  select(phrase) {}
}
