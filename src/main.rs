//! The `lgd` binary: a thin shell over the library.

fn main() -> std::process::ExitCode {
    lgd_observer::run_cli()
}
