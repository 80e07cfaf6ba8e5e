export class RunLengthCodec {
  encode(text: string): string {
    return "";
  }

  decode(encoded: string): string | null {
    return "";
  }
}
