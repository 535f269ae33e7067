//! The report model's integration tests, in one binary: any valid report round-trips through
//! JSON, and the built-in report's data is faithful to its source page.

mod builtin_corrections;
mod data_faithful;
mod roundtrip_prop;
