//! The `zhaoshang` binary: parses arguments and hands over to the CLI layer.

use clap::Parser;
use std::process::ExitCode;
use zhaoshang::cli::{closed_stdout, run, Cli};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        // `zhaoshang quotes | head -2`: the reader has what it wanted; end quietly, like grep.
        Err(e) if closed_stdout(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("zhaoshang: {e:#}");
            ExitCode::from(2)
        }
    }
}
