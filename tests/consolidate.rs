//! Consolidation of day files: belonging together, per-cell figures and flags, agreement, behaviour
//! matching, JPM, the consolidated file and its schema, and the real binary.

use std::path::Path;

#[test]
fn the_consolidated_schema_is_current() {
    let text = lgd_observer::consolidate::consolidated_schema();
    let file = "data/schema/consolidated.schema.json";
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    if std::env::var_os("LGD_BLESS").is_some() {
        std::fs::write(&path, &text).expect("write");
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == text,
        "{file} is stale: run `LGD_BLESS=1 cargo test --test consolidate the_consolidated_schema` and commit it"
    );
}
