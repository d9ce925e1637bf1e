import { describe, expect, it } from "vitest";
import { direction, LOCALES, nativeName, negotiate, resourcesOf, Translator } from "./i18n";

const FSI = "\u2068";
const PDI = "\u2069";

describe("i18n", () => {
  it("ships the fourteen locales with their own names", () => {
    expect(LOCALES.map((l) => l.code)).toEqual(["en", "fr", "es", "pt", "ar", "fa", "ps", "ur", "uk", "ru", "ti", "am", "so", "tr"]);
    expect(nativeName("ar")).toBe("العربية");
    expect(nativeName("ti")).toBe("ትግርኛ");
    expect(nativeName("uk")).toBe("Українська");
  });

  it("every locale has the app's messages", () => {
    for (const l of LOCALES) expect(resourcesOf(l.code).has("app.ftl"), l.code).toBe(true);
  });

  it("negotiates the system languages with fallback to English", () => {
    expect(negotiate(["ar-EG", "en-GB"])).toBe("ar");
    expect(negotiate(["de-DE", "uk"])).toBe("uk");
    expect(negotiate(["de-DE"])).toBe("en");
  });

  it("right-to-left languages lay out right to left", () => {
    for (const code of ["ar", "fa", "ps", "ur"]) expect(direction(code)).toBe("rtl");
    for (const code of ["en", "ti", "am", "uk"]) expect(direction(code)).toBe("ltr");
    expect(new Translator("ar").dir).toBe("rtl");
  });

  it("isolates placeables inside right-to-left text", () => {
    const ar = new Translator("ar");
    const text = ar.t("app-start-interview", { language: "English" });
    expect(text).toContain(`${FSI}English${PDI}`);
    expect(text).not.toBe("app-start-interview");
  });

  it("chooses plural forms per locale", () => {
    const en = new Translator("en");
    expect(en.t("app-conflicts-count", { count: 1 })).toBe("One conflict to resolve");
    expect(en.t("app-conflicts-count", { count: 3 })).toContain("3");
    const ru = new Translator("ru");
    expect(ru.t("app-conflicts-count", { count: 2 })).not.toBe(ru.t("app-conflicts-count", { count: 5 }));
  });

  it("falls back per message to English and never shows an empty string", () => {
    const so = new Translator("so");
    expect(so.t("app-lock").length).toBeGreaterThan(0);
    expect(new Translator("xx").code).toBe("en");
    expect(so.t("no-such-message")).toBe("no-such-message");
  });

  it("writes numbers in the digits the Rust side writes (CLDR likely region), dates Gregorian", () => {
    expect(new Translator("ar").number(1234)).toBe("١٬٢٣٤");
    expect(new Translator("fa").number(1234)).toBe("۱٬۲۳۴");
    expect(new Translator("ur").number(1234)).toBe("1,234");
    expect(new Translator("ru").number(1234)).toBe("1\u00a0234");
    expect(new Translator("fa").date(Date.UTC(2026, 10, 30))).toContain("۲۰۲۶");
    expect(new Translator("en").date(Date.UTC(2026, 10, 30))).toBe("Nov 30, 2026");
  });
});
