//! The boundary between the widget's core and the formats module: every document the
//! adapters read (the real files in `../shared/fixtures/real`, our look-alikes and the
//! hostile corpus) must reach the widget through the module's answer text exactly as the
//! adapter produced it — the same document, the same problems at the same source paths —
//! and the core must hand the formats module every document it cannot decode itself.

use std::path::{Path, PathBuf};

use reader_widget::adapters::{
    Format, Step, convert, convert_native, convert_related, convert_related_native, detect,
    envelope,
};
use reader_widget::model::json::parse;
use reader_widget::model::{Decoded, Diagnostics, Json};

const ROOTS: [&str; 3] = [
    concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/fixtures/real"),
    concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/real-world"),
    concat!(env!("CARGO_MANIFEST_DIR"), "/tests/hostile"),
];

fn json_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            json_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "json")
            && path.file_name().is_some_and(|n| n != "MANIFEST.json")
        {
            out.push(path);
        }
    }
}

/// Every document of the three corpora that parses as JSON, with its path.
fn documents() -> Vec<(PathBuf, Json)> {
    let mut files = Vec::new();
    for root in ROOTS {
        json_files(Path::new(root), &mut files);
    }
    files.sort();
    assert!(files.len() > 150, "the corpora are there ({})", files.len());
    files
        .into_iter()
        .filter_map(|path| {
            let text = std::fs::read_to_string(&path).ok()?;
            parse(&text).ok().map(|json| (path, json))
        })
        .collect()
}

fn lines(d: &Diagnostics) -> Vec<String> {
    d.items()
        .iter()
        .map(|x| format!("{:?} {x}", x.severity))
        .collect()
}

fn same(left: &Decoded, right: &Decoded, what: &str) {
    assert_eq!(
        lines(&left.diagnostics),
        lines(&right.diagnostics),
        "{what}"
    );
    assert_eq!(left.document, right.document, "{what}");
}

#[test]
fn every_adapted_document_crosses_the_boundary_unchanged() {
    let mut adapted = 0;
    for (path, json) in documents() {
        let what = path.display().to_string();
        let Step::Adapt(format) = convert_native(&json, None) else {
            continue;
        };
        adapted += 1;
        let direct = convert(&json, Some(format));
        let answer = envelope::write_document(&direct);
        same(&envelope::read_document(&answer), &direct, &what);
    }
    assert!(adapted > 90, "documents in other formats: {adapted}");
}

#[test]
fn every_adapted_feed_crosses_the_boundary_unchanged() {
    let mut adapted = 0;
    for (path, json) in documents() {
        let what = path.display().to_string();
        let Step::Adapt(format) = convert_related_native(&json, None) else {
            continue;
        };
        adapted += 1;
        let (sections, diagnostics) = convert_related(&json, Some(format));
        let answer = envelope::write_related(&sections, &diagnostics);
        let (read, read_diagnostics) = envelope::read_related(&answer);
        assert_eq!(lines(&read_diagnostics), lines(&diagnostics), "{what}");
        assert_eq!(read, sections, "{what}");
    }
    assert!(adapted > 90, "feeds in other formats: {adapted}");
}

#[test]
fn the_core_decodes_the_native_format_and_hands_every_other_to_the_module() {
    for (path, json) in documents() {
        let what = path.display().to_string();
        match (detect(&json), convert_native(&json, None)) {
            (Ok(Format::Native), Step::Done(decoded)) => {
                same(&decoded, &convert(&json, None), &what)
            }
            (Ok(format), Step::Adapt(adapt)) => assert_eq!(format, adapt, "{what}"),
            (Err(message), Step::Done(decoded)) => {
                let items = decoded.diagnostics.items();
                assert_eq!(items.len(), 1, "{what}");
                assert_eq!(items[0].message, message, "{what}");
            }
            (detected, step) => panic!("{what}: detected {detected:?}, core did {step:?}"),
        }
    }
    // A format named by the host is taken as named, even for a native-looking document.
    let native = parse(r#"{"version": 1, "article": {"headline": "H"}}"#).unwrap();
    assert!(matches!(
        convert_native(&native, Some(Format::JsonLd)),
        Step::Adapt(Format::JsonLd)
    ));
}

#[test]
fn an_answer_the_widget_cannot_read_is_a_readable_error_not_a_blank() {
    for answer in [
        "",
        "not json",
        "[]",
        r#"{"document": 3}"#,
        r#"{"diagnostics": "x"}"#,
    ] {
        let decoded = envelope::read_document(answer);
        assert!(decoded.document.is_none(), "{answer:?}");
        assert!(decoded.diagnostics.has_fatal(), "{answer:?}");
        let message = &decoded.diagnostics.items()[0].message;
        assert!(!message.is_empty(), "{answer:?}");
    }
    // Problems the adapter found stay, even when it produced no document.
    let answer = r#"{"document": null, "diagnostics": [{"severity": "fatal", "path": "[0]", "message": "no article"}]}"#;
    assert_eq!(
        lines(&envelope::read_document(answer).diagnostics),
        ["Fatal [0]: no article"]
    );
}
