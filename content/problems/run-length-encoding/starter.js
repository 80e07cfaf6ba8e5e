export class RunLengthCodec {
  encode(text) {
    return "";
  }

  decode(encoded) {
    return "";
  }
}
