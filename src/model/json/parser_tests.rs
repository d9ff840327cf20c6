//! Tests of [`super`], kept in their own file.

use super::*;

fn obj(fields: &[(&str, Json)]) -> Json {
    Json::Object(
        fields
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect(),
    )
}

#[test]
fn parses_every_kind_of_value() {
    let v = parse(" {\"a\": [1, -2.5e2, true, false, null], \"b\": \"x\\\"\\n\\u00e9\\ud83d\\ude00\", \"a\": {}} ").unwrap();
    assert_eq!(
        v,
        obj(&[
            (
                "a",
                Json::Array(vec![
                    Json::Number(1.0),
                    Json::Number(-250.0),
                    Json::Bool(true),
                    Json::Bool(false),
                    Json::Null
                ])
            ),
            ("b", Json::String("x\"\né😀".into())),
            ("a", obj(&[])),
        ])
    );
    assert_eq!(parse("\u{feff}[]").unwrap(), Json::Array(vec![]));
    assert_eq!(
        parse("\"\\ud800x\"").unwrap(),
        Json::String("\u{fffd}x".into())
    );
}

#[test]
fn errors_say_what_and_where() {
    let cases = [
        ("", "the document is empty at line 1 column 1"),
        ("{\"a\": 1,\n  }", "trailing comma at line 2 column 3"),
        ("[1 2]", "expected ',' or ']' at line 1 column 4"),
        ("{\"a\" 1}", "expected ':' after a key at line 1 column 6"),
        (
            "{a: 1}",
            "expected a key in double quotes at line 1 column 2",
        ),
        (
            "\"abc",
            "the document ends early (unterminated string) at line 1 column 5",
        ),
        ("[01]", "numbers may not start with 0 at line 1 column 3"),
        ("1e999", "number out of range at line 1 column 1"),
        (
            "{} x",
            "unexpected text after the JSON value at line 1 column 4",
        ),
        (
            "\"a\tb\"",
            "control character in a string at line 1 column 3",
        ),
        ("nul", "expected a value at line 1 column 1"),
        ("\u{feff}\u{feff}{}", "expected a value at line 1 column 1"),
    ];
    for (text, message) in cases {
        assert_eq!(
            parse(text),
            Err(format!("not valid JSON: {message}")),
            "{text:?}"
        );
    }
}

#[test]
fn nesting_is_bounded_without_recursing_deeper() {
    let deep = "[".repeat(100_000) + &"]".repeat(100_000);
    assert!(
        parse(&deep)
            .unwrap_err()
            .contains("nesting deeper than 64 levels")
    );
    let ok = "[".repeat(64) + &"]".repeat(64);
    assert!(parse(&ok).is_ok());
}
