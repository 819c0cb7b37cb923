// src/maker/protocol.ts — the messages between the "Make your own kit" page and its Web Worker.
// Plain data only (structured clone). Owned by the maker-core helper; the page helper codes against it.

/** A diagnostic as the page shows it (from src/diagnostics/diagnostic.ts, flattened). */
export interface MakerDiagnostic {
  readonly severity: 'error' | 'warning';
  readonly code: string;
  /** The message as the CLI prints it (English today; see `text`). */
  readonly message: string;
  /** The message in the page's language when the catalogue has it in that language, else undefined. */
  readonly text?: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly field?: string;
  readonly hint?: string;
  /** The hint in the page's language when the catalogue has it in that language, else undefined. */
  readonly hintText?: string;
}

export interface MakerBuildRequest {
  readonly type: 'build';
  /** The page's language ('nl' or 'en'): for the messages' `text`. */
  readonly pageLanguage: string;
  /** The brand file exactly as the CLI reads it with --brand (its `logo:` names one of `files`). */
  readonly brandYaml: string;
  /** Files beside brand.yaml, by name: the uploaded logo, e.g. { 'logo.png': bytes }. */
  readonly files: Readonly<Record<string, Uint8Array>>;
  /** Kit ids and languages to build (both kits, one language, etc.). */
  readonly kits: readonly string[];
  readonly languages: readonly string[];
  /** The CLI's poster options: paper (else the brand file's, else A2), orientation, layout. */
  readonly paper?: 'A3' | 'A2' | 'A1' | 'A0';
  readonly orientation?: 'portrait' | 'landscape';
  readonly layout?: 'table' | 'upright';
}

export type MakerRequest = MakerBuildRequest;

export type MakerReply =
  | {
      readonly type: 'progress';
      readonly done: number;
      readonly total: number;
      readonly kit: string;
      readonly language: string;
      readonly artefact: string;
    }
  | {
      readonly type: 'done';
      /** The zips, named and made exactly as `dts build --brand` names and makes them. */
      readonly bundles: readonly { readonly name: string; readonly bytes: Uint8Array }[];
      readonly diagnostics: readonly MakerDiagnostic[];
      /** Milliseconds the build took inside the worker (for the bench). */
      readonly elapsedMs: number;
    }
  | { readonly type: 'failed'; readonly diagnostics: readonly MakerDiagnostic[] };
