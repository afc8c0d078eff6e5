//! The years every projection covers, spelled once: the prose, the charts' titles and the
//! answers write them from here (`formatcp!` where a text must be a constant), and
//! tests/prose.rs fails if a later year of the horizon is typed into a string.

/// The first year of every projection: the year the article's figures are for.
pub const FIRST_YEAR: i32 = 2025;
/// The year the article's answers are about (Huang's "by 2030", the market forecast).
pub const HEADLINE_YEAR: i32 = 2030;
/// The last year of every projection: the article's "next decade".
pub const LAST_YEAR: i32 = 2035;
