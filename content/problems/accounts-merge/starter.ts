export function accountsMerge(accounts: string[][]): string[][] {
  // Return one [name, ...sortedEmails] list per person, in any order.
  return [];
}
