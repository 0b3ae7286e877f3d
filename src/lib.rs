//! `lgd`: the Leaderless Group Discussion observer's library.
#![forbid(unsafe_code)]
