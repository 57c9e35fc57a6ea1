//! The `zhaoshang` binary: parses arguments and hands over to the CLI layer.

use clap::Parser;
use std::process::ExitCode;
use zhaoshang::cli::{run, Cli};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("zhaoshang: {e:#}");
            ExitCode::from(2)
        }
    }
}
