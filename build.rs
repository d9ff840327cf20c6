//! Sets `server_render` (below), and writes into OUT_DIR the text the build compiles in,
//! without what only its authors read: the English message file without its comments
//! (the format's documentation for translators, 0.4 KB brotli), the stylesheet without
//! comments and layout whitespace, the warm-up sample as compact JSON.

use std::path::{Path, PathBuf};

#[path = "build/minify.rs"]
mod minify;

/// The component stylesheets in cascade order (tokens first).
const STYLES: &[&str] = &[
    "src/components/base.css",
    "src/components/article/article.css",
    "src/components/embeds/embeds.css",
    "src/components/carousel/carousel.css",
    "src/components/carousel/lightbox.css",
    "src/components/related/related.css",
    "src/components/error_panel.css",
];

/// Reads a source file, telling Cargo to build again when it changes.
fn source(path: &str) -> String {
    println!("cargo::rerun-if-changed={path}");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Writes `name` into OUT_DIR.
fn write(out_dir: &Path, name: &str, text: &str) {
    let out = out_dir.join(name);
    std::fs::write(&out, text).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}

fn main() {
    // `server_render`: the components write HTML rather than mount into a DOM, and every
    // language's texts are compiled in. Every native build is one; so is a wasm build with
    // the `ssr` feature (the module JavaScript servers run, `render/`).
    println!("cargo::rustc-check-cfg=cfg(server_render)");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    if !wasm || std::env::var_os("CARGO_FEATURE_SSR").is_some() {
        println!("cargo::rustc-cfg=server_render");
    }
    println!("cargo::rerun-if-changed=build/minify.rs");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());

    let messages = source("src/i18n/messages/en.txt");
    let kept: String = messages
        .lines()
        .filter(|line| !line.trim_start().starts_with('#') && !line.trim().is_empty())
        .flat_map(|line| [line, "\n"])
        .collect();
    write(&out_dir, "en.txt", &kept);

    let styles: String = STYLES.iter().map(|path| source(path) + "\n").collect();
    write(&out_dir, "widget.css", &minify::css(&styles));

    write(
        &out_dir,
        "warm_up.json",
        &minify::json(&source("src/embed/warm_up.json")),
    );
}
