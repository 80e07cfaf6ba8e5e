class RunLengthCodec:
    def encode(self, text):
        return ""

    def decode(self, encoded):
        return ""
