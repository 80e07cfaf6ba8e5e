import type { LaunchOptions } from "@playwright/test";

/**
 * Chromium with its fake camera and, given a WAV file, that file as its microphone, played once:
 * the browser asks no permission and records what the file says.
 */
export function fakeMediaLaunchOptions(
  wav: string | undefined,
  extraArgs: readonly string[] = [],
): LaunchOptions {
  return {
    executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      ...extraArgs,
      ...(wav === undefined ? [] : [`--use-file-for-fake-audio-capture=${wav}%noloop`]),
    ],
  };
}
