//! JSON text → [`Json`], our own parser, the one entry every document goes through in the
//! browser and natively (see [`parser`] for why it is ours).

mod parser;
mod value;

pub use parser::{Parser, parse, parse_decoded};
pub use value::Json;
