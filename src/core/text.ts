/** The text with its first letter in capitals: "honesty averages…" → "Honesty averages…". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
