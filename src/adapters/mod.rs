//! Other publishing formats → the native [`crate::model`]. The native format itself is
//! decoded by [`crate::model::decode`]; the schema.org, WordPress and JSON Feed adapters
//! land here, one file per format, each producing the same validated model.
