//! Any stored text: reading the saved scenarios or the kept draft (JSON or text) never panics, and what was read, written back,
//! reads again unchanged.
#![no_main]

use adcredit_core::{kept, schema};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let decoded = schema::decode(text);
    let again = schema::decode(&schema::encode(&decoded.library));
    assert_eq!(again.problem, None, "what we write always reads");
    assert_eq!(again.library, decoded.library);
    if let Ok(state) = schema::decode_draft(text) {
        assert_eq!(schema::decode_draft(&schema::encode_draft(&state)), Ok(state));
    }
    if let Ok(state) = kept::decode(text) {
        assert_eq!(kept::decode(&kept::encode(&state)), Ok(state), "the kept draft reads back unchanged");
    }
});
