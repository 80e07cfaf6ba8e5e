import { indentWithTab } from "@codemirror/commands";
import { javascript } from "@codemirror/lang-javascript";
import { python } from "@codemirror/lang-python";
import { HighlightStyle, indentUnit, syntaxHighlighting } from "@codemirror/language";
import {
  Annotation,
  Compartment,
  Prec,
  StateEffect,
  StateField,
  type Extension,
} from "@codemirror/state";
import { Decoration, EditorView, keymap, type KeyBinding } from "@codemirror/view";
import { tags } from "@lezer/highlight";
import { basicSetup } from "codemirror";
import { useEffect, useRef } from "react";
import type { Language } from "../../core/problems/schema.ts";

/** A key binding the editor runs instead of its own, in CodeMirror's notation ("Mod-Enter"). */
export interface EditorShortcut {
  key: string;
  run: () => void;
}

export interface CodeEditorProps {
  language: Language;
  value: string;
  onChange: (value: string) => void;
  /** The accessible name of the editing area ("Solution code"). */
  label: string;
  /**
   * Keys that act on the page even while the cursor is in the editor: "Mod-Enter" and
   * "Shift-Mod-Enter" (Ctrl on Windows and Linux, Cmd on a Mac), ahead of the editor's own use.
   */
  shortcuts?: readonly EditorShortcut[];
  /**
   * A line to mark as the place of an error (1-based), such as a compile error's; the mark goes
   * when the text changes.
   */
  errorLine?: number | undefined;
  readOnly?: boolean;
}

/**
 * A CodeMirror 6 editor for a solution in JavaScript, TypeScript or Python: line numbers,
 * brackets, search, undo, Tab to indent (Esc then Tab leaves the editor), colours that follow
 * Candor's light and dark themes. It is controlled: `value` replaces the text when it differs
 * from what the editor holds (a restored draft, a reset), and `onChange` hears every edit the
 * user makes (not the changes `value` makes).
 *
 * @example
 * <CodeEditor language="py" value={code} onChange={setCode} label="Solution code" />
 */
export function CodeEditor(props: CodeEditorProps) {
  const { language, value, onChange, label, shortcuts, errorLine, readOnly = false } = props;
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | undefined>(undefined);
  const compartments = useRef({
    language: new Compartment(),
    label: new Compartment(),
    readOnly: new Compartment(),
    shortcuts: new Compartment(),
  });
  // The latest callbacks, read by the editor's listeners without rebuilding the editor.
  const latest = useRef({ onChange, shortcuts });
  useEffect(() => {
    latest.current = { onChange, shortcuts };
  });

  useEffect(() => {
    if (host.current === null) return;
    const made = compartments.current;
    const editor = new EditorView({
      parent: host.current,
      doc: value,
      extensions: [
        basicSetup,
        keymap.of([indentWithTab]),
        indentUnit.of("    "),
        made.language.of(languageSupport(language)),
        made.label.of(contentLabel(label)),
        made.readOnly.of(readOnlyState(readOnly)),
        made.shortcuts.of(shortcutKeymap(() => latest.current.shortcuts)),
        errorLineField,
        candorTheme,
        EditorView.updateListener.of((update) => {
          const edited = update.transactions.some(
            (transaction) => transaction.docChanged && !transaction.annotation(fromProps),
          );
          if (edited) latest.current.onChange(update.state.doc.toString());
        }),
      ],
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = undefined;
    };
    // The editor is made once; later changes of its props are applied by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    view.current?.dispatch({
      effects: compartments.current.language.reconfigure(languageSupport(language)),
    });
  }, [language]);

  useEffect(() => {
    view.current?.dispatch({
      effects: compartments.current.label.reconfigure(contentLabel(label)),
    });
  }, [label]);

  useEffect(() => {
    view.current?.dispatch({
      effects: compartments.current.readOnly.reconfigure(readOnlyState(readOnly)),
    });
  }, [readOnly]);

  useEffect(() => {
    const editor = view.current;
    if (editor === undefined) return;
    const current = editor.state.doc.toString();
    if (current !== value) {
      // A change from outside (a draft restored, a reset): one undoable edit, not echoed to
      // onChange, which hears only what the user does.
      editor.dispatch({
        changes: { from: 0, to: current.length, insert: value },
        annotations: fromProps.of(true),
      });
    }
  }, [value]);

  useEffect(() => {
    view.current?.dispatch({ effects: setErrorLine.of(errorLine) });
  }, [errorLine]);

  return <div className="code-editor" ref={host} />;
}

/** Marks a change made because `value` changed, as opposed to one the user made. */
const fromProps = Annotation.define<boolean>();

function languageSupport(language: Language): Extension {
  if (language === "py") return python();
  return javascript({ typescript: language === "ts" });
}

function contentLabel(label: string): Extension {
  return EditorView.contentAttributes.of({ "aria-label": label });
}

function readOnlyState(readOnly: boolean): Extension {
  return [
    EditorView.editable.of(!readOnly),
    EditorView.contentAttributes.of({ "aria-readonly": String(readOnly) }),
  ];
}

/** The page's shortcuts, ahead of the editor's own bindings (Mod-Enter would add a line). */
function shortcutKeymap(current: () => readonly EditorShortcut[] | undefined): Extension {
  const keys = ["Mod-Enter", "Shift-Mod-Enter"];
  const bindings: KeyBinding[] = keys.map((key) => ({
    key,
    run: () => {
      const shortcut = current()?.find((candidate) => candidate.key === key);
      if (shortcut === undefined) return false;
      shortcut.run();
      return true;
    },
  }));
  return Prec.highest(keymap.of(bindings));
}

const setErrorLine = StateEffect.define<number | undefined>();
const errorLineDecoration = Decoration.line({ class: "cm-error-line" });

/** Marks one line (a compile error's) until the next change of the text. */
const errorLineField = StateField.define({
  create: () => Decoration.none,
  update(marks, transaction) {
    let next = transaction.docChanged ? Decoration.none : marks;
    for (const effect of transaction.effects) {
      if (!effect.is(setErrorLine)) continue;
      const line = effect.value;
      next =
        line === undefined || line < 1 || line > transaction.state.doc.lines
          ? Decoration.none
          : Decoration.set([errorLineDecoration.range(transaction.state.doc.line(line).from)]);
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/**
 * Colours from Candor's CSS variables (app.css, "Code editor"), so the editor follows the light
 * and dark themes the moment the page switches, with no second theme to swap in.
 */
const candorTheme: Extension = [
  EditorView.theme({
    "&": {
      color: "var(--text)",
      backgroundColor: "var(--surface)",
      fontSize: "0.9rem",
    },
    ".cm-content": {
      fontFamily: "var(--font-code)",
      caretColor: "var(--text)",
    },
    ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--text)" },
    "&.cm-focused .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection": {
      backgroundColor: "var(--code-selection)",
    },
    ".cm-gutters": {
      backgroundColor: "var(--surface-2)",
      color: "var(--muted)",
      borderRight: "1px solid var(--border)",
    },
    ".cm-activeLine": { backgroundColor: "var(--code-active-line)" },
    ".cm-activeLineGutter": { backgroundColor: "var(--code-active-line)" },
    ".cm-matchingBracket, &.cm-focused .cm-matchingBracket": {
      backgroundColor: "var(--code-bracket)",
      outline: "none",
    },
    ".cm-error-line": { backgroundColor: "var(--bad-bg)" },
    ".cm-tooltip": {
      backgroundColor: "var(--surface)",
      color: "var(--text)",
      border: "1px solid var(--border)",
    },
    ".cm-panels": { backgroundColor: "var(--surface-2)", color: "var(--text)" },
  }),
  syntaxHighlighting(
    HighlightStyle.define([
      {
        tag: [tags.keyword, tags.controlKeyword, tags.moduleKeyword],
        color: "var(--code-keyword)",
      },
      { tag: [tags.string, tags.special(tags.string), tags.regexp], color: "var(--code-string)" },
      { tag: [tags.number, tags.bool, tags.null, tags.atom], color: "var(--code-number)" },
      {
        tag: [tags.comment, tags.lineComment, tags.blockComment],
        color: "var(--code-comment)",
        fontStyle: "italic",
      },
      {
        tag: [
          tags.function(tags.variableName),
          tags.function(tags.propertyName),
          tags.definition(tags.function(tags.variableName)),
        ],
        color: "var(--code-function)",
      },
      {
        tag: [tags.className, tags.typeName, tags.definition(tags.className)],
        color: "var(--code-type)",
      },
      { tag: [tags.operator, tags.punctuation], color: "var(--muted)" },
      { tag: tags.invalid, color: "var(--bad)" },
    ]),
  ),
];
