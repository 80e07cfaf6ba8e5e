export function accountsMerge(accounts) {
  // Return one [name, ...sortedEmails] list per person, in any order.
  return [];
}
