/** The text `candor --help` prints, and every usage error after its message. */
export const USAGE = `Usage: candor <command> [options]

Interview practice that measures candor. For practice only — never during a live interview.

Commands:
  start [--port N]                     Run the app at http://localhost:5170 (or port N)
  questions [--round R] [--category C] [--difficulty D] [--search TEXT] [--json]
                                       List the question bank, filtered and searched
  analyze --kind K [--question TEXT] [--json] [FILE|-]
                                       Analyse an answer read from FILE or standard input:
                                       scores, flags with quoted evidence, suggestions
                                       (K: values, behavioral, why, opinion, or pushback
                                       with --view TEXT --challenge TEXT: held/updated/caved)
  interview --round R [--question ID] [--resume ID]
                                       A mock interview in the terminal; an empty line ends
                                       an answer (rounds: recruiter, values, behavioral,
                                       hiring-manager, system-design, coding). --question
                                       opens on a bank question; --resume continues an
                                       unfinished interview (Ctrl+C stops and says how).
                                       [--server URL] [--email EMAIL]: through a running
                                       server, signed in to its accounts mode (password
                                       from CANDOR_PASSWORD, or asked for)
  design --question ID [--diagram SCENE] [--json] [FILE|-]
                                       Review a system-design answer to a bank question,
                                       step by step, with quotes and what is missing; with
                                       its Excalidraw scene file read as in the web app
  speech [--json] FILE.wav             Transcribe a spoken answer (16-bit PCM WAV) and
                                       measure its pace, fillers, hedges and pauses
                                       (offline with pocketsphinx; see docs/speech.md)
  problems [--json]                    List the coding problems
  run --problem ID [--level N] --lang L [--json] FILE
                                       Run a solution against all of a problem's tests,
                                       hidden ones included (L: js, ts or py); for a timed
                                       assessment, the tests of levels 1 to N (default: all)
  users reset-link EMAIL               Accounts mode: print a one-time link that sets a new
                                       password for that account (no mail is sent)
  content check                        Validate every content pack, coding problem and
                                       assessment; print each problem with its file and field

Options:
  -h, --help                           Show this help
  -v, --version                        Show the version

Rounds:      recruiter, assessment, hiring-manager, coding, system-design, work-sample,
             behavioral, values
Categories:  mission, values, behavioral, coding, system-design, work-sample
Difficulty:  easy, medium, hard
Kinds:       values, behavioral, why, opinion
`;

/** A mistake in how the command was called; the CLI prints it with the usage and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Where a command writes: injected so tests can capture it. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}
