//! Embeds every `locales/<lang>/*.ftl` file in the binary, so that no file lookup can fail in
//! the field and every binary carries the same strings.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let crate_dir = env::var("CARGO_MANIFEST_DIR")?;
    let root = Path::new(&crate_dir).join("../../locales").canonicalize()?;
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    for locale in fs::read_dir(&root)? {
        let locale = locale?.path();
        if !locale.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", locale.display());
        for file in fs::read_dir(&locale)? {
            let file = file?.path();
            if file.extension().is_some_and(|e| e == "ftl") {
                println!("cargo:rerun-if-changed={}", file.display());
                files.push(file);
            }
        }
    }
    files.sort();
    let mut out =
        String::from("/// Every shipped Fluent file.\npub(crate) static SOURCES: &[Source<'static>] = &[\n");
    for file in &files {
        let locale = file.parent().and_then(Path::file_name).and_then(|n| n.to_str()).ok_or("locale name")?;
        let name = file.file_name().and_then(|n| n.to_str()).ok_or("file name")?;
        writeln!(
            out,
            "    Source {{ locale: {locale:?}, file: {name:?}, text: include_str!({:?}) }},",
            file.display().to_string()
        )?;
    }
    out.push_str("];\n");
    out.push_str(&manifest(&root)?);
    fs::write(Path::new(&env::var("OUT_DIR")?).join("sources.rs"), out)?;
    Ok(())
}

/// `locales/manifest.json` as Rust data, so a malformed manifest fails the build, not the field.
fn manifest(root: &Path) -> Result<String, Box<dyn std::error::Error>> {
    let path = root.join("manifest.json");
    println!("cargo:rerun-if-changed={}", path.display());
    let json: serde_json::Value = serde_json::from_str(&fs::read_to_string(&path)?)?;
    let locales = json["locales"].as_array().ok_or("manifest: no locales list")?;
    let mut out = String::from(
        "/// The shipped locales, from `locales/manifest.json`.\npub(crate) static MANIFEST: &[LocaleInfo] = &[\n",
    );
    for locale in locales {
        let code = locale["code"].as_str().ok_or("manifest: a locale without code")?;
        let name = locale["name"].as_str().ok_or_else(|| format!("manifest: {code} has no name"))?;
        let status = locale["status"].as_object().ok_or_else(|| format!("manifest: {code} has no status"))?;
        let mut files = String::new();
        for (file, state) in status {
            let state = match state.as_str() {
                Some("draft") => "Draft",
                Some("reviewed") => "Reviewed",
                _ => return Err(format!("manifest: {code}/{file}: status must be draft or reviewed").into()),
            };
            write!(files, "({file:?}, ReviewStatus::{state}), ")?;
        }
        writeln!(out, "    LocaleInfo {{ code: {code:?}, name: {name:?}, files: &[{files}] }},")?;
    }
    out.push_str("];\n");
    Ok(out)
}
