// Every string on screen comes from `locales/<lang>/*.ftl`, the same files the Rust crates
// embed. They are bundled at build time, so a device in the field can never lack one.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import manifest from "../../locales/manifest.json";

const sources = import.meta.glob("../../locales/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** A shipped locale and its name in its own language, so a person can point to it. */
export interface Locale {
  code: string;
  name: string;
}

/** Locales in the order of the manifest (English first). */
export const LOCALES: Locale[] = manifest.locales.map((l) => ({ code: l.code, name: l.name }));

/** The source locale: every message exists in it, so it is the last fallback. */
export const SOURCE_LOCALE = "en";

const RTL_LANGUAGES = new Set(["ar", "fa", "ps", "ur", "ckb", "he", "yi", "dv", "sd", "ug"]);

/** Writing direction of a language tag. */
export function direction(code: string): "rtl" | "ltr" {
  return RTL_LANGUAGES.has(primary(code)) ? "rtl" : "ltr";
}

function primary(code: string): string {
  return code.toLowerCase().split(/[-_]/)[0] ?? "";
}

/** Resource files of one locale, by file name. */
export function resourcesOf(code: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, text] of Object.entries(sources)) {
    const m = /locales\/([^/]+)\/([^/]+\.ftl)$/.exec(path);
    if (m && m[1] === code) out.set(m[2]!, text);
  }
  return out;
}

const bundles = new Map<string, FluentBundle>();

function bundleOf(code: string): FluentBundle {
  let bundle = bundles.get(code);
  if (!bundle) {
    // Isolation marks stay on: a Latin name inside Arabic text keeps its own direction.
    bundle = new FluentBundle(code, { useIsolating: true });
    for (const text of resourcesOf(code).values()) {
      const errors = bundle.addResource(new FluentResource(text));
      if (errors.length) console.warn(`locale ${code}: ${errors.length} message(s) could not be read`);
    }
    bundles.set(code, bundle);
  }
  return bundle;
}

/** Picks the best shipped locale for the languages the system prefers. */
export function negotiate(wanted: readonly string[]): string {
  const shipped = new Set(LOCALES.map((l) => l.code));
  for (const tag of wanted) {
    if (shipped.has(tag)) return tag;
    const p = primary(tag);
    if (shipped.has(p)) return p;
  }
  return SOURCE_LOCALE;
}

/** Arguments of a message. */
export type Args = Record<string, FluentVariable>;

/** Formats messages in one language, falling back per message to English. */
export class Translator {
  readonly code: string;
  readonly dir: "rtl" | "ltr";
  private readonly chain: FluentBundle[];

  constructor(code: string) {
    this.code = LOCALES.some((l) => l.code === code) ? code : SOURCE_LOCALE;
    this.dir = direction(this.code);
    this.chain = this.code === SOURCE_LOCALE ? [bundleOf(SOURCE_LOCALE)] : [bundleOf(this.code), bundleOf(SOURCE_LOCALE)];
  }

  /** Whether any bundle of the chain has the message. */
  has(id: string): boolean {
    return this.chain.some((b) => b.hasMessage(id));
  }

  /** The message `id` formatted with `args`; the id itself if no locale has it (a bug). */
  t(id: string, args?: Args): string {
    for (const bundle of this.chain) {
      const message = bundle.getMessage(id);
      if (message?.value) {
        const errors: Error[] = [];
        const text = bundle.formatPattern(message.value, args ?? null, errors);
        if (errors.length === 0) return text;
      }
    }
    return id;
  }

  // Formatters are costly to create (a list of 500 cases made one per row and took seconds).
  private numbers?: Intl.NumberFormat;
  private dates?: Intl.DateTimeFormat;
  private days?: Intl.DateTimeFormat;

  /** A number in this locale's digits and separators. */
  number(n: number): string {
    this.numbers ??= new Intl.NumberFormat(formattingLocale(this.code));
    return this.numbers.format(n);
  }

  /** A date and time in this locale's style. */
  dateTime(ms: number): string {
    this.dates ??= new Intl.DateTimeFormat(formattingLocale(this.code), { dateStyle: "medium", timeStyle: "short", calendar: "gregory" });
    return this.dates.format(new Date(ms));
  }

  /** A calendar date (no time) in this locale's style. */
  date(ms: number): string {
    this.days ??= new Intl.DateTimeFormat(formattingLocale(this.code), { dateStyle: "medium", timeZone: "UTC", calendar: "gregory" });
    return this.days.format(new Date(ms));
  }
}

/**
 * The locale numbers and dates are formatted in: the language in its likely region (CLDR
 * likely subtags: ar → ar-EG, fa → fa-IR, ur → ur-PK), as `crates/i18n` does, so the app and
 * the Rust side write the same digits (plain `ar` has Latin digits in CLDR 48). Dates stay
 * Gregorian everywhere, so a date reads the same at every site.
 */
export function formattingLocale(code: string): string {
  try {
    const full = new Intl.Locale(code).maximize();
    return full.region ? `${full.language}-${full.region}` : full.language;
  } catch {
    return code;
  }
}

/** The name of a locale in its own language, or the code if it is not shipped. */
export function nativeName(code: string): string {
  return LOCALES.find((l) => l.code === code)?.name ?? code;
}
