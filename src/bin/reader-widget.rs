//! The command line: `convert` turns a schema.org, WordPress, JSON Feed or native document
//! into the widget's native JSON, so publishers can check what the widget will show and
//! see every problem with its path before embedding it; `render` writes the widget's
//! server-rendered markup for a page (readable before any script, taken over by the
//! widget when `reader-widget.js` loads); `style-hash` prints the CSP source that
//! allows `render`'s inline stylesheet, `stylesheet` the sheet itself (the package ships
//! it as `dist/reader-widget.css` for `--stylesheet`).
//!
//! Usage:
//! `reader-widget convert <file|-> [--format F] [--related <file>]`
//! `reader-widget render <file|-> [--format F] [--related <file>] [--lang L]
//! [--attr name=value]… [--stylesheet <url>] [--jsonld]`
//! `reader-widget style-hash`, `reader-widget stylesheet`
//!
//! Output goes to stdout, one diagnostic per line to stderr. Sections converted from
//! `--related` are appended to the document's own. Exit status: 0 when the document
//! renders, 1 when a fatal problem stops it, 2 on a usage error (bad arguments,
//! unreadable file).

use std::io::Read;
use std::process::ExitCode;

use reader_widget::adapters::{Format, to_native_json};
use reader_widget::components::styles::STYLESHEET;
use reader_widget::model::Document;
use reader_widget::server::{
    self, RenderOptions, Stylesheet, jsonld_script, render_html, style_hash,
};

const USAGE: &str = "usage: reader-widget convert <file|-> [--format native|jsonld|wordpress|jsonfeed|ans|anf] [--related <file>]
       reader-widget render <file|-> [--format …] [--related <file>] [--lang <tag>] [--attr name=value]… [--stylesheet <url>] [--jsonld]
       reader-widget style-hash | stylesheet";

/// What to do with the document.
#[derive(PartialEq)]
enum Command {
    Convert,
    Render,
}

/// The parsed command line.
struct Args {
    command: Command,
    input: String,
    format: Option<Format>,
    related: Option<String>,
    render: RenderOptions,
    jsonld: bool,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [only] if only == "style-hash" => {
            println!("{}", style_hash());
            return ExitCode::SUCCESS;
        }
        [only] if only == "stylesheet" => {
            print!("{STYLESHEET}");
            return ExitCode::SUCCESS;
        }
        _ => {}
    }
    let args = match parse_args(&args) {
        Ok(args) => args,
        Err(message) => {
            eprintln!("{message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let document = match read_document(&args) {
        Ok(Some(document)) => document,
        Ok(None) => return ExitCode::from(1),
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    if args.command == Command::Render {
        if args.jsonld {
            println!("{}", jsonld_script(&document));
        }
        println!("{}", render_html(&document, &args.render));
        return ExitCode::SUCCESS;
    }
    match serde_json::to_string_pretty(&to_native_json(&document)) {
        Ok(out) => {
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cannot write the document: {e}");
            ExitCode::from(1)
        }
    }
}

/// The document and its `--related` sections, its problems printed; `Ok(None)` after a
/// fatal problem, `Err` for an unreadable file.
fn read_document(args: &Args) -> Result<Option<Document>, String> {
    let text = read_input(&args.input)?;
    let related = args.related.as_deref().map(read_input).transpose()?;
    let input = server::read_input(&text, args.format, related.as_deref());
    for line in &input.problems {
        eprintln!("{line}");
    }
    Ok(input.document)
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut rest = args.iter();
    let command = match rest.next().map(String::as_str) {
        Some("convert") => Command::Convert,
        Some("render") => Command::Render,
        Some(other) => return Err(format!("unknown command \"{other}\"")),
        None => return Err("missing command".to_owned()),
    };
    let mut input = None;
    let mut format = None;
    let mut related = None;
    let mut render = RenderOptions::default();
    let mut jsonld = false;
    let render_only = |flag: &str| {
        if command == Command::Render {
            Ok(())
        } else {
            Err(format!("{flag} is an option of render"))
        }
    };
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--format" => {
                let name = rest.next().ok_or("--format needs a value")?;
                format = Some(
                    Format::from_name(name).ok_or_else(|| format!("unknown format \"{name}\""))?,
                );
            }
            "--related" => {
                related = Some(rest.next().ok_or("--related needs a file")?.clone());
            }
            "--lang" => {
                render_only(arg)?;
                let lang = rest.next().ok_or("--lang needs a language tag")?;
                render.add_attribute("lang", lang)?;
            }
            "--attr" => {
                render_only(arg)?;
                let pair = rest.next().ok_or("--attr needs name=value")?;
                let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
                render.add_attribute(name, value)?;
            }
            "--stylesheet" => {
                render_only(arg)?;
                let url = rest.next().ok_or("--stylesheet needs a URL")?;
                render.stylesheet = Stylesheet::Link(url.clone());
            }
            "--jsonld" => {
                render_only(arg)?;
                jsonld = true;
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option \"{flag}\"")),
            file if input.is_none() => input = Some(file.to_owned()),
            extra => return Err(format!("unexpected argument \"{extra}\"")),
        }
    }
    Ok(Args {
        command,
        input: input.ok_or("missing input file (use - for stdin)")?,
        format,
        related,
        render,
        jsonld,
    })
}

/// Reads a file, or stdin for `-`.
fn read_input(path: &str) -> Result<String, String> {
    if path == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| format!("cannot read stdin: {e}"))?;
        return Ok(text);
    }
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))
}
