//! `reader-widget convert`: turns a schema.org, WordPress, JSON Feed or native document
//! into the widget's native JSON, so publishers can check what the widget will show and
//! see every problem with its path before embedding it.
//!
//! Usage: `reader-widget convert <file|-> [--format native|jsonld|wordpress|jsonfeed]
//! [--related <file>]`. The native JSON goes to stdout, one diagnostic per line to
//! stderr. Sections converted from `--related` are appended to the document's own.
//! Exit status: 0 when the document renders, 1 when a fatal problem stops it, 2 on a
//! usage error (bad arguments, unreadable file).

use std::io::Read;
use std::process::ExitCode;

use reader_widget::adapters::{Format, convert, convert_related, to_native_json};
use reader_widget::model::json::parse as parse_str;
use reader_widget::model::{Diagnostic, Severity};

const USAGE: &str = "usage: reader-widget convert <file|-> [--format native|jsonld|wordpress|jsonfeed] [--related <file>]";

/// The parsed command line.
struct Args {
    input: String,
    format: Option<Format>,
    related: Option<String>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args = match parse_args(&args) {
        Ok(args) => args,
        Err(message) => {
            eprintln!("{message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let text = match read_input(&args.input) {
        Ok(text) => text,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let related_text = match args.related.as_deref().map(read_input).transpose() {
        Ok(text) => text,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let decoded = match parse_str(&text) {
        Ok(json) => convert(&json, args.format),
        Err(message) => reader_widget::model::Decoded::fatal("", message),
    };
    print_diagnostics("", decoded.diagnostics.items());
    let Some(mut document) = decoded.document else {
        return ExitCode::from(1);
    };
    if let Some(related_text) = related_text {
        match parse_str(&related_text) {
            Ok(json) => {
                let (sections, d) = convert_related(&json, None);
                print_diagnostics("related-src ", d.items());
                document.related.extend(sections);
            }
            Err(message) => eprintln!("fatal related-src document: {message}"),
        }
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

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut rest = args.iter();
    match rest.next().map(String::as_str) {
        Some("convert") => {}
        Some(other) => return Err(format!("unknown command \"{other}\"")),
        None => return Err("missing command".to_owned()),
    }
    let mut input = None;
    let mut format = None;
    let mut related = None;
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
            flag if flag.starts_with("--") => return Err(format!("unknown option \"{flag}\"")),
            file if input.is_none() => input = Some(file.to_owned()),
            extra => return Err(format!("unexpected argument \"{extra}\"")),
        }
    }
    Ok(Args {
        input: input.ok_or("missing input file (use - for stdin)")?,
        format,
        related,
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

/// One line per problem: `warning article.media[1].src: …`.
fn print_diagnostics(prefix: &str, items: &[Diagnostic]) {
    for item in items {
        let severity = match item.severity {
            Severity::Fatal => "fatal",
            Severity::Warning => "warning",
        };
        eprintln!("{severity} {prefix}{item}");
    }
}
