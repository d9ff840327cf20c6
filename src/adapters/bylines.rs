//! Bylines from the author fields of other formats, which often hold several people in
//! one string ("By A, B and C, Outlet"), a "By " the widget prints itself, or a list of
//! names in one field. Every person named is kept.

use crate::model::{Byline, SafeUrl};
use crate::text::byline::split_names;

/// The bylines one author entry names; its `url` belongs to it only when it names one
/// person. `outlet` (the publisher's name) is not a person at the end of a list.
pub(crate) fn from_name(raw: &str, url: Option<SafeUrl>, outlet: Option<&str>) -> Vec<Byline> {
    let names = split_names(raw, outlet);
    let url = url.filter(|_| names.len() == 1);
    names
        .into_iter()
        .map(|name| Byline {
            name,
            role: None,
            url: url.clone(),
        })
        .collect()
}

/// The people one name field of a structured format (ANS, ANF) names: several when it
/// lists them ("A and B", "A y B"), else the one name exactly as the publisher wrote it
/// (these formats have no "By " or scraper debris to clean).
pub(crate) fn people_in(raw: &str) -> Vec<String> {
    match split_names(raw, None) {
        several if several.len() > 1 => several,
        _ => Some(raw.trim().to_owned())
            .filter(|n| !n.is_empty())
            .into_iter()
            .collect(),
    }
}

/// Adds `new` bylines to `out`, skipping names already there (an author listed twice);
/// a later entry with a URL fills in a URL the first one lacked.
pub(crate) fn add_unique(out: &mut Vec<Byline>, new: Vec<Byline>) {
    for b in new {
        match out.iter_mut().find(|o| o.name == b.name) {
            Some(known) => {
                if known.url.is_none() {
                    known.url = b.url;
                }
            }
            None => out.push(b),
        }
    }
}
