//! Sets `server_render` (below), and writes the English message file without its comments (the format's documentation for
//! translators) into OUT_DIR, which is what the browser build compiles in: the comments
//! would cost every page about 0.4 KB brotli for text no reader sees.

use std::path::PathBuf;

fn main() {
    // `server_render`: the components write HTML rather than mount into a DOM, and every
    // language's texts are compiled in. Every native build is one; so is a wasm build with
    // the `ssr` feature (the module JavaScript servers run, `render/`).
    println!("cargo::rustc-check-cfg=cfg(server_render)");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    if !wasm || std::env::var_os("CARGO_FEATURE_SSR").is_some() {
        println!("cargo::rustc-cfg=server_render");
    }
    const SOURCE: &str = "src/i18n/messages/en.txt";
    println!("cargo::rerun-if-changed={SOURCE}");
    let text = std::fs::read_to_string(SOURCE).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));
    let kept: String = text
        .lines()
        .filter(|line| !line.trim_start().starts_with('#') && !line.trim().is_empty())
        .flat_map(|line| [line, "\n"])
        .collect();
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("en.txt");
    std::fs::write(&out, kept).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}
