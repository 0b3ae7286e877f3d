//! The HTML report the city government receives: one self-contained file built from
//! `consolidated.json`, with the event summary, the ranking, a section per group and per participant.
//!
//! `context` turns the consolidated figures into plain view data (numbers already formatted in the
//! reader's language), `charts` lays out the SVG charts as geometry, and `html` renders both through
//! minijinja templates with HTML escaping on, so no name or note can ever become markup.

mod agreement;
mod behaviour;
mod charts;
mod context;
mod cover;
mod evidence;
mod fmt;
mod group;
mod html;
mod labels;
mod organisation;
mod own;
mod participant;
mod pillars;
mod ranking;
mod split;
mod summary;

pub use context::{ReportContext, report_context};
pub use html::{
    PARTICIPANT_DIR, REPORT_FILE, ReportError, render_participant_files, render_report,
    write_report,
};
pub use labels::Labels;

/// The competency whose level marks a change-agent candidate: Mengelola Perubahan (managing change).
pub use crate::model::CHANGE_COMPETENCY;
