//! The loading screen's state: how far the load has got, from the loader's progress reports
//! (the core reports through a callback and knows nothing of the screen).

use crate::open::Progress;

/// What the loading screen shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Loading {
    /// Files to open.
    pub files: usize,
    /// Files open so far (from the cache or read).
    pub files_done: usize,
    /// The file last reported as being read, with its size in bytes.
    pub file: Option<(String, usize)>,
    /// Its articles read by the extractors so far, of all (for a file of many articles).
    pub articles: Option<(usize, usize)>,
    /// Every file is open; the search index and the panes are being built.
    pub indexing: bool,
}

impl Loading {
    /// Before the first report: `files` to open.
    pub fn new(files: usize) -> Loading {
        Loading {
            files,
            ..Loading::default()
        }
    }

    /// Takes in one report. Files load in parallel: the screen follows the file reported
    /// last, and counts only go up (reports from two threads may arrive out of order).
    pub fn apply(&mut self, p: Progress) {
        match p {
            Progress::Reading { file, bytes } => {
                self.file = Some((file, bytes));
                self.articles = None;
            }
            Progress::Extracting { file, done, total } => {
                let same = self.file.as_ref().is_some_and(|(f, _)| *f == file);
                if !same {
                    self.file = Some((file, 0));
                    self.articles = None;
                }
                let before = self.articles.map_or(0, |(d, _)| d);
                self.articles = Some((done.max(before), total));
            }
            Progress::Files { done, total } => {
                self.files = total;
                self.files_done = self.files_done.max(done);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_move_the_counts_forward_only() {
        let mut l = Loading::new(3);
        l.apply(Progress::Reading {
            file: "big.csv".into(),
            bytes: 45_000_000,
        });
        for done in [10, 30, 20] {
            l.apply(Progress::Extracting {
                file: "big.csv".into(),
                done,
                total: 100,
            });
        }
        assert_eq!(l.file, Some(("big.csv".into(), 45_000_000)));
        assert_eq!(l.articles, Some((30, 100)));
        l.apply(Progress::Files { done: 2, total: 3 });
        l.apply(Progress::Files { done: 1, total: 3 });
        assert_eq!((l.files_done, l.files), (2, 3));
        // Another file's extraction takes the screen.
        l.apply(Progress::Extracting {
            file: "other.jsonl".into(),
            done: 5,
            total: 64,
        });
        assert_eq!(l.file, Some(("other.jsonl".into(), 0)));
        assert_eq!(l.articles, Some((5, 64)));
    }
}
