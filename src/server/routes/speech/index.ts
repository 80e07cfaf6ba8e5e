import type { FastifyPluginAsync } from "fastify";
import {
  MAX_SPEECH_BYTES,
  WAV_CONTENT_TYPES,
  type SpeechAnalysis,
  type SpeechStatus,
} from "../../../core/api/speech.ts";
import { AppError, unwrap } from "../../http/errors.ts";
import type { SpeechService } from "../../speech/speech-service.ts";

const SEND_WAV = `Send the recording as the request body with Content-Type audio/wav (16-bit PCM WAV).`;

/**
 * `POST /api/speech`: the body is a WAV recording; the answer is its transcript, timed words and
 * speech metrics (DESIGN.md). The recording is not stored.
 */
export const speechRoutes: FastifyPluginAsync<{ speech: SpeechService }> = async (
  app,
  { speech },
) => {
  // In this plugin only: the body is raw audio, and JSON or form bodies are refused by name.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    WAV_CONTENT_TYPES,
    { parseAs: "buffer", bodyLimit: MAX_SPEECH_BYTES },
    (_request, body, done) => {
      done(null, body);
    },
  );
  app.addContentTypeParser("*", (_request, _payload, done) => {
    done(new AppError("unsupported-media-type", SEND_WAV));
  });

  app.get("/speech", (): SpeechStatus => speech.status());

  app.post(
    "/speech",
    {
      bodyLimit: MAX_SPEECH_BYTES,
      // A declared length past the limit is refused before any of the body is read.
      preParsing: async (request) => {
        const length = Number(request.headers["content-length"] ?? 0);
        if (length > MAX_SPEECH_BYTES) {
          throw new AppError(
            "payload-too-large",
            `The recording is larger than ${String(MAX_SPEECH_BYTES / 1024 / 1024)} MiB; send a shorter one.`,
          );
        }
      },
    },
    async (request): Promise<SpeechAnalysis> => {
      if (!(request.body instanceof Buffer)) throw new AppError("unsupported-media-type", SEND_WAV);
      return unwrap(await speech.transcribe(new Uint8Array(request.body)));
    },
  );
};
