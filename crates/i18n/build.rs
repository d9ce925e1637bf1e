//! Embeds every `locales/<lang>/*.ftl` file in the binary, so that no file lookup can fail in
//! the field and every binary carries the same strings.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let manifest = env::var("CARGO_MANIFEST_DIR")?;
    let root = Path::new(&manifest).join("../../locales").canonicalize()?;
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
    let mut out = String::from("/// Every shipped Fluent file.\npub(crate) static SOURCES: &[Source] = &[\n");
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
    fs::write(Path::new(&env::var("OUT_DIR")?).join("sources.rs"), out)?;
    Ok(())
}
