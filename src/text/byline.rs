//! Author names read out of the one string many CMSs put them in ("By A, B and C,
//! Outlet"). (Joining names for display is the browser's `Intl.ListFormat`, in the
//! reader's language.)

/// Words that join two names in the languages the widget speaks besides English's
/// "and" (Spanish, Italian and Portuguese, French, German, Russian and Ukrainian,
/// Turkish, Dutch, Scandinavian, Polish and Catalan, Hungarian, Arabic).
const LIST_WORDS: &[&str] = &[
    "y", "e", "et", "und", "и", "і", "та", "ve", "en", "og", "och", "i", "és", "و",
];

/// Separators between names in a list (the ideographic and Arabic commas too).
const LIST_COMMAS: &[&str] = &[", ", "، ", "、"];

/// The people in a byline string: "By " and stray leading characters removed, split at
/// commas, " and " and " & " (any case in a name written in capitals) and at the list
/// words of other languages ("Ana Pérez y Luis Gil", "A und B"), when every part reads
/// as a name; a last part equal to `outlet` (the publisher, "…, CNN") and what follows
/// " | " (an outlet or a date: "A, B | USA TODAY") are left out. A
/// string that does not read as a list of names stays one name: nobody is dropped for
/// the sake of splitting. Names are kept as the publisher wrote them.
pub fn split_names(raw: &str, outlet: Option<&str>) -> Vec<String> {
    // "A, B, C | USA TODAY": what follows a bar is the outlet or a date, not a person.
    let raw = raw.split(" | ").next().unwrap_or_default();
    let name = clean_name(raw);
    if name.is_empty() {
        return Vec::new();
    }
    // "AARON MORRISON AND CAROLYN THOMPSON": list words in capitals too.
    let shouted = name.chars().any(char::is_uppercase) && !name.chars().any(char::is_lowercase);
    let mut parts: Vec<String> = Vec::new();
    let mut chunks = vec![name.as_str()];
    for comma in LIST_COMMAS {
        chunks = chunks.into_iter().flat_map(|c| c.split(comma)).collect();
    }
    for chunk in chunks {
        parts.extend(split_at_list_words(chunk, shouted));
    }
    if let Some(outlet) = outlet.map(str::trim).filter(|o| !o.is_empty())
        && parts.len() > 1
        && parts.last().is_some_and(|p| p.eq_ignore_ascii_case(outlet))
    {
        parts.pop();
    }
    if parts.len() > 1 && parts.iter().all(|p| reads_as_a_name(p)) {
        parts
    } else {
        vec![name]
    }
}

/// One comma-separated chunk split at "and" and "&" (a lone "and" opening it is the
/// last of "A, B, and C"), then at another language's list word where every side is a
/// full name: two words or more, the first not in lower case ("José Maria e Sousa" is
/// one person).
fn split_at_list_words(chunk: &str, shouted: bool) -> Vec<String> {
    let is = |word: &str, list: &[&str]| {
        let word = if shouted {
            word.to_lowercase()
        } else {
            word.to_owned()
        };
        list.contains(&word.as_str())
    };
    let mut english: Vec<Vec<&str>> = vec![Vec::new()];
    for word in chunk.split_whitespace() {
        if word == "&" || is(word, &["and"]) {
            english.push(Vec::new());
        } else if let Some(last) = english.last_mut() {
            last.push(word);
        }
    }
    english.retain(|words| !words.is_empty());
    let mut out = Vec::new();
    for words in english {
        let pieces: Vec<&[&str]> = words.split(|w| is(w, LIST_WORDS)).collect();
        let full_name =
            |p: &&[&str]| p.len() >= 2 && p[0].chars().next().is_some_and(|c| !c.is_lowercase());
        if pieces.len() > 1 && pieces.iter().all(full_name) {
            out.extend(pieces.iter().map(|p| p.join(" ")));
        } else {
            out.push(words.join(" "));
        }
    }
    out
}

/// A name as written, without a "By " label or the stray characters scrapers leave in
/// front of it ("¿ ", a tab).
pub fn clean_name(raw: &str) -> String {
    let start = raw.find(|c: char| c.is_alphabetic()).unwrap_or(raw.len());
    let name = raw[start..].trim();
    let mut name = name;
    while let Some(rest) = ["By ", "by ", "BY ", "By: ", "by: "]
        .iter()
        .find_map(|p| name.strip_prefix(p))
    {
        name = rest.trim_start();
    }
    name.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}

/// One to five words, each starting with a letter, one of them a capital or a letter
/// of a script without case (a name, not "the research team of the regional desk" or
/// "2 reporters").
fn reads_as_a_name(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_alphabetic))
        && words
            .iter()
            .any(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byline_strings_split_into_people() {
        assert_eq!(
            split_names(
                "By Amir Vera, Seán Federico O'Murchú, Tara Subramaniam and Adam Renton, CNN",
                Some("CNN")
            ),
            [
                "Amir Vera",
                "Seán Federico O'Murchú",
                "Tara Subramaniam",
                "Adam Renton"
            ]
        );
        assert_eq!(split_names("By By Ana Example", None), ["Ana Example"]);
        assert_eq!(split_names("¿\ttara Cosoleto", None), ["tara Cosoleto"]);
        assert_eq!(
            split_names("Ana Example & Bo Sample", None),
            ["Ana Example", "Bo Sample"]
        );
        assert_eq!(split_names("by: Ana Example", None), ["Ana Example"]);
    }

    #[test]
    fn list_words_of_every_language_split_people() {
        for (raw, want) in [
            (
                "AARON MORRISON and CAROLYN THOMPSON",
                &["AARON MORRISON", "CAROLYN THOMPSON"][..],
            ),
            (
                "BY ANA EXAMPLE AND BO SAMPLE",
                &["ANA EXAMPLE", "BO SAMPLE"],
            ),
            ("Ana Pérez y Luis Gil", &["Ana Pérez", "Luis Gil"]),
            (
                "Anna Beispiel und Bernd Muster",
                &["Anna Beispiel", "Bernd Muster"],
            ),
            (
                "Jeanne Exemple et Paul Modèle",
                &["Jeanne Exemple", "Paul Modèle"],
            ),
            (
                "Giulia Esempio e Marco Prova",
                &["Giulia Esempio", "Marco Prova"],
            ),
            (
                "Анна Пример и Борис Образец",
                &["Анна Пример", "Борис Образец"],
            ),
            (
                "Ayşe Örnek ve Mehmet Deneme",
                &["Ayşe Örnek", "Mehmet Deneme"],
            ),
            (
                "Ana Pérez, Luis Gil y Marta Ruiz",
                &["Ana Pérez", "Luis Gil", "Marta Ruiz"],
            ),
            ("سارة مثال و خالد نموذج", &["سارة مثال", "خالد نموذج"]),
            ("山田太郎、鈴木花子", &["山田太郎", "鈴木花子"]),
            (
                "Ana Example, Bo Sample, Cy Placeholder | HARBOUR POST",
                &["Ana Example", "Bo Sample", "Cy Placeholder"],
            ),
        ] {
            assert_eq!(split_names(raw, None), want, "{raw}");
        }
    }

    #[test]
    fn list_words_inside_one_name_stay() {
        for raw in [
            "José Maria e Sousa",
            "Maria da Silva e Santos",
            "Ramon y Cajal",
            "Ana Pérez y sus colegas de la redacción",
            "Jean et Marie",
            "Marie Dupont en direct de Paris",
        ] {
            assert_eq!(split_names(raw, None), [raw], "{raw}");
        }
    }

    #[test]
    fn what_does_not_read_as_names_stays_whole() {
        // An outlet that is not the publisher stays a name: nobody is dropped.
        assert_eq!(
            split_names("Ana Example, Valley Wire", None),
            ["Ana Example", "Valley Wire"]
        );
        assert_eq!(
            split_names(
                "The research team of the regional news desk and friends",
                None
            ),
            ["The research team of the regional news desk and friends"]
        );
        assert_eq!(
            split_names("Smith and 2 others", None),
            ["Smith and 2 others"]
        );
        assert_eq!(split_names("Ana", None), ["Ana"]);
        assert_eq!(split_names("  ", None), Vec::<String>::new());
    }
}
