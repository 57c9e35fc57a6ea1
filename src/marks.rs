//! Marks that last: stars, tags and notes on quotes, articles, projects and people, kept in a
//! SQLite database in the user's data folder (`$ZHAOSHANG_DATA_DIR` overrides it).
//!
//! A mark names what it marks by content, never by a position of one run: a quote by its
//! article's content hash and its words, an article by its hash, a project or a person by name
//! and region. A re-extraction or a rebuilt cache finds the same things again; a mark whose
//! quote an extractor change no longer produces is kept, with the citation it was made with,
//! and reported as orphaned.
//!
//! Every change is one `BEGIN IMMEDIATE` transaction that edits only what it changes (a star,
//! the tags added or removed, the note): two explorers on one data folder never lose each
//! other's marks.

use crate::corpus::model::{format_date, Corpus};
use crate::extract::sources::Source;
use crate::extract::Entities;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior};
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What can go wrong with the marks database.
#[derive(Debug, thiserror::Error)]
pub enum MarkError {
    #[error("marks database {path}: {source}")]
    Db {
        path: String,
        #[source]
        source: rusqlite::Error,
    },
    #[error("cannot create the data folder {path}: {source}")]
    Dir {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("no data folder for marks on this system; set ZHAOSHANG_DATA_DIR")]
    NoDataDir,
}

/// What a mark is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Quote,
    Article,
    Project,
    Person,
}

impl Kind {
    /// Every kind, in the order the Marked view cycles through them.
    pub const ALL: [Kind; 4] = [Kind::Quote, Kind::Article, Kind::Project, Kind::Person];

    /// Its name as stored and printed.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Quote => "quote",
            Kind::Article => "article",
            Kind::Project => "project",
            Kind::Person => "person",
        }
    }

    /// The kind a stored name stands for.
    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The one-character badge the lists use (引 文 项 人).
    pub fn badge(self) -> &'static str {
        match self {
            Kind::Quote => "引",
            Kind::Article => "文",
            Kind::Project => "项",
            Kind::Person => "人",
        }
    }
}

/// What a mark is attached to, by content: a quote is (its article's content hash, its words),
/// an article (its hash, ""), a project or a person (name, region).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Key {
    pub kind: Kind,
    pub key: String,
    pub detail: String,
}

/// What a citation needs, as it stood when the mark was last changed: an orphaned mark is
/// still cited in full.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Citation {
    /// The quote's words, the article's title, the project's or the person's name.
    pub label: String,
    pub speaker: Option<String>,
    pub role: Option<String>,
    pub organization: Option<String>,
    pub region: Option<String>,
    pub title: Option<String>,
    pub publication: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    /// The article's id in the run that made the mark.
    pub article: Option<String>,
    /// The content hash of the article it came from (for a project or a person: where first
    /// named); tells an orphan from a mark on another corpus.
    pub article_hash: Option<String>,
}

impl Citation {
    /// `周凯，宽城区副区长，<organisation>`: speaker, role, and the organisation unless the role
    /// already names it; empty when none is known.
    pub fn who(&self) -> String {
        let mut who: Vec<&str> = Vec::new();
        who.extend(self.speaker.as_deref());
        who.extend(self.role.as_deref());
        if let Some(o) = self.organization.as_deref() {
            if !self.role.as_deref().is_some_and(|r| r.contains(o)) {
                who.push(o);
            }
        }
        who.join("，")
    }

    /// `吉林日报《长春市宽城区：…》，2026-03-01，http://…`: where it was published, each part
    /// when known, the date in `date_format` (the configuration's; see [`format_date`]).
    pub fn source(&self, date_format: &str) -> String {
        let mut s = String::new();
        s.push_str(self.publication.as_deref().unwrap_or_default());
        if let Some(t) = self.title.as_deref() {
            s.push_str(&format!("《{t}》"));
        }
        let date = self.date.as_deref().map(|d| format_date(d, date_format));
        for part in [date.as_deref(), self.url.as_deref()].into_iter().flatten() {
            if !s.is_empty() {
                s.push('，');
            }
            s.push_str(part);
        }
        s
    }
}

/// A stored mark.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Mark {
    pub id: i64,
    pub key: Key,
    pub starred: bool,
    pub tags: Vec<String>,
    pub note: String,
    pub citation: Citation,
    /// When it was made (UTC, `YYYY-MM-DD HH:MM:SS`).
    pub created: String,
}

impl Mark {
    /// The glyph lists and the reader show for it: ★ starred, ◆ tagged or annotated only.
    pub fn glyph(&self) -> &'static str {
        if self.starred {
            "★"
        } else {
            "◆"
        }
    }
}

/// The folder marks live in: `$ZHAOSHANG_DATA_DIR`, else the system's data folder for
/// zhaoshang (`~/.local/share/zhaoshang` on Linux).
pub fn data_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("ZHAOSHANG_DATA_DIR") {
        return Some(PathBuf::from(d));
    }
    directories::ProjectDirs::from("", "", "zhaoshang").map(|d| d.data_dir().to_owned())
}

/// The marks database.
pub struct Store {
    conn: Connection,
    path: String,
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS marks (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    starred INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    label TEXT NOT NULL DEFAULT '',
    speaker TEXT, role TEXT, organization TEXT, region TEXT,
    title TEXT, publication TEXT, date TEXT, url TEXT, article TEXT, article_hash TEXT,
    created TEXT NOT NULL DEFAULT (datetime('now')),
    updated TEXT NOT NULL DEFAULT (datetime('now')),
    UNIQUE (kind, key, detail)
);
CREATE TABLE IF NOT EXISTS tags (
    mark INTEGER NOT NULL,
    tag TEXT NOT NULL,
    PRIMARY KEY (mark, tag)
);
";

impl Store {
    /// The marks in the user's data folder (see [`data_dir`]), created when missing.
    pub fn open_default() -> Result<Store, MarkError> {
        Store::open(&data_dir().ok_or(MarkError::NoDataDir)?)
    }

    /// The marks in `dir/marks.sqlite`, created when missing.
    pub fn open(dir: &Path) -> Result<Store, MarkError> {
        std::fs::create_dir_all(dir).map_err(|source| MarkError::Dir {
            path: dir.display().to_string(),
            source,
        })?;
        Store::connect(&dir.join("marks.sqlite"), OpenFlags::default())
    }

    /// The marks in `dir/marks.sqlite` if that database exists; `None` without creating the
    /// folder or the file (listing marks must leave no trace where none were made).
    pub fn open_existing(dir: &Path) -> Result<Option<Store>, MarkError> {
        let file = dir.join("marks.sqlite");
        if !file.is_file() {
            return Ok(None);
        }
        // Without SQLITE_OPEN_CREATE: a file removed since the check is an error, not a new one.
        let flags = OpenFlags::default() - OpenFlags::SQLITE_OPEN_CREATE;
        Store::connect(&file, flags).map(Some)
    }

    fn connect(file: &Path, flags: OpenFlags) -> Result<Store, MarkError> {
        let path = file.display().to_string();
        let db = |source| MarkError::Db {
            path: path.clone(),
            source,
        };
        let conn = Connection::open_with_flags(file, flags).map_err(db)?;
        // Another explorer may hold the write lock for a moment: wait for it, never fail.
        conn.busy_timeout(Duration::from_secs(10)).map_err(db)?;
        // Switching to WAL and creating the tables can meet another process doing the same
        // on a new file; SQLite may answer "busy" without waiting there (it skips the busy
        // handler where waiting could deadlock), so the set-up is tried again for a while.
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        loop {
            let set_up = conn
                .pragma_update(None, "journal_mode", "WAL")
                .and_then(|_| conn.execute_batch(SCHEMA));
            match set_up {
                Ok(()) => break,
                Err(rusqlite::Error::SqliteFailure(e, _))
                    if e.code == rusqlite::ErrorCode::DatabaseBusy
                        && std::time::Instant::now() < deadline =>
                {
                    std::thread::sleep(Duration::from_millis(20));
                }
                Err(e) => return Err(db(e)),
            }
        }
        Ok(Store { conn, path })
    }

    /// Marks that vanish with the process (the explorer when the data folder cannot be used).
    pub fn in_memory() -> Result<Store, MarkError> {
        let path = ":memory:".to_owned();
        let conn = Connection::open_in_memory().map_err(|source| MarkError::Db {
            path: path.clone(),
            source,
        })?;
        conn.execute_batch(SCHEMA).map_err(|source| MarkError::Db {
            path: path.clone(),
            source,
        })?;
        Ok(Store { conn, path })
    }

    /// Where the database is (`:memory:` for one in memory).
    pub fn path(&self) -> &str {
        &self.path
    }

    fn err(&self, source: rusqlite::Error) -> MarkError {
        MarkError::Db {
            path: self.path.clone(),
            source,
        }
    }

    /// Every mark, oldest first.
    pub fn all(&self) -> Result<Vec<Mark>, MarkError> {
        self.read_all().map_err(|e| self.err(e))
    }

    fn read_all(&self) -> rusqlite::Result<Vec<Mark>> {
        let mut tags: HashMap<i64, Vec<String>> = HashMap::new();
        let mut st = self
            .conn
            .prepare("SELECT mark, tag FROM tags ORDER BY mark, rowid")?;
        for row in st.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))? {
            let (m, t) = row?;
            tags.entry(m).or_default().push(t);
        }
        let mut st = self.conn.prepare(
            "SELECT id, kind, key, detail, starred, note, label, speaker, role, organization,
                    region, title, publication, date, url, article, article_hash, created
             FROM marks ORDER BY created, id",
        )?;
        let rows = st.query_map([], |r| {
            let kind: String = r.get(1)?;
            Ok((
                kind,
                Mark {
                    id: r.get(0)?,
                    key: Key {
                        kind: Kind::Quote,
                        key: r.get(2)?,
                        detail: r.get(3)?,
                    },
                    starred: r.get::<_, i64>(4)? != 0,
                    tags: Vec::new(),
                    note: r.get(5)?,
                    citation: Citation {
                        label: r.get(6)?,
                        speaker: r.get(7)?,
                        role: r.get(8)?,
                        organization: r.get(9)?,
                        region: r.get(10)?,
                        title: r.get(11)?,
                        publication: r.get(12)?,
                        date: r.get(13)?,
                        url: r.get(14)?,
                        article: r.get(15)?,
                        article_hash: r.get(16)?,
                    },
                    created: r.get(17)?,
                },
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (kind, mut m) = row?;
            // A kind this version does not know (a newer one wrote it) is left alone.
            let Some(kind) = Kind::parse(&kind) else { continue };
            m.key.kind = kind;
            m.tags = tags.remove(&m.id).unwrap_or_default();
            out.push(m);
        }
        Ok(out)
    }

    /// The tags in use, the most used first (ties by name): what the tag prompt completes from.
    pub fn tags(&self) -> Result<Vec<(String, usize)>, MarkError> {
        let read = || -> rusqlite::Result<Vec<(String, usize)>> {
            let mut st = self
                .conn
                .prepare("SELECT tag, count(*) AS n FROM tags GROUP BY tag ORDER BY n DESC, tag")?;
            let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as usize)))?;
            rows.collect()
        };
        read().map_err(|e| self.err(e))
    }

    /// One change to the mark on `key` in one transaction: the row is made (or its citation
    /// refreshed), `change` edits it, and a mark left with no star, tag or note is removed.
    fn change<T>(
        &mut self,
        key: &Key,
        cit: &Citation,
        change: impl FnOnce(&rusqlite::Transaction, i64) -> rusqlite::Result<T>,
    ) -> Result<T, MarkError> {
        let run = |conn: &mut Connection| -> rusqlite::Result<T> {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            tx.execute(
                "INSERT INTO marks (kind, key, detail, label, speaker, role, organization, region,
                                    title, publication, date, url, article, article_hash)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
                 ON CONFLICT (kind, key, detail) DO UPDATE SET
                    label = excluded.label, speaker = excluded.speaker, role = excluded.role,
                    organization = excluded.organization, region = excluded.region,
                    title = excluded.title, publication = excluded.publication,
                    date = excluded.date, url = excluded.url, article = excluded.article,
                    article_hash = excluded.article_hash, updated = datetime('now')",
                params![
                    key.kind.as_str(),
                    key.key,
                    key.detail,
                    cit.label,
                    cit.speaker,
                    cit.role,
                    cit.organization,
                    cit.region,
                    cit.title,
                    cit.publication,
                    cit.date,
                    cit.url,
                    cit.article,
                    cit.article_hash,
                ],
            )?;
            let id: i64 = tx.query_row(
                "SELECT id FROM marks WHERE kind = ?1 AND key = ?2 AND detail = ?3",
                params![key.kind.as_str(), key.key, key.detail],
                |r| r.get(0),
            )?;
            let out = change(&tx, id)?;
            let empty: Option<i64> = tx
                .query_row(
                    "SELECT id FROM marks WHERE id = ?1 AND starred = 0 AND note = ''
                     AND NOT EXISTS (SELECT 1 FROM tags WHERE mark = ?1)",
                    [id],
                    |r| r.get(0),
                )
                .optional()?;
            if empty.is_some() {
                tx.execute("DELETE FROM marks WHERE id = ?1", [id])?;
            }
            tx.commit()?;
            Ok(out)
        };
        run(&mut self.conn).map_err(|e| MarkError::Db {
            path: self.path.clone(),
            source: e,
        })
    }

    /// Stars or unstars; returns whether it is starred now.
    pub fn toggle_star(&mut self, key: &Key, cit: &Citation) -> Result<bool, MarkError> {
        self.change(key, cit, |tx, id| {
            tx.execute("UPDATE marks SET starred = 1 - starred WHERE id = ?1", [id])?;
            tx.query_row("SELECT starred FROM marks WHERE id = ?1", [id], |r| {
                r.get::<_, i64>(0).map(|s| s != 0)
            })
        })
    }

    /// Adds and removes tags (another process's tags on the same mark stay).
    pub fn retag(
        &mut self,
        key: &Key,
        cit: &Citation,
        add: &[String],
        remove: &[String],
    ) -> Result<(), MarkError> {
        self.change(key, cit, |tx, id| {
            for t in remove {
                tx.execute("DELETE FROM tags WHERE mark = ?1 AND tag = ?2", params![id, t])?;
            }
            for t in add {
                tx.execute(
                    "INSERT OR IGNORE INTO tags (mark, tag) VALUES (?1, ?2)",
                    params![id, t],
                )?;
            }
            Ok(())
        })
    }

    /// Sets the note (empty removes it).
    pub fn set_note(&mut self, key: &Key, cit: &Citation, note: &str) -> Result<(), MarkError> {
        self.change(key, cit, |tx, id| {
            tx.execute(
                "UPDATE marks SET note = ?2 WHERE id = ?1",
                params![id, note.trim()],
            )?;
            Ok(())
        })
    }
}

/// Tags as typed: separated by spaces, commas (，、 too) or `#`; each once, in order.
pub fn parse_tags(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in s.split(|c: char| c.is_whitespace() || matches!(c, ',' | '，' | '、' | '#' | ';' | '；')) {
        if !t.is_empty() && !out.iter().any(|x| x == t) {
            out.push(t.to_owned());
        }
    }
    out
}

/// Something in the loaded corpus a mark can be on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    /// Index into the entities' quotes.
    Quote(usize),
    /// Index into the corpus's articles.
    Article(usize),
    /// Index into the entities' projects.
    Project(usize),
    /// Index into the sources.
    Person(usize),
}

/// Whether a mark's subject is in the loaded corpus.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Found.
    Live,
    /// Its article is here but it is no longer extracted from it (an extractor change).
    Orphaned,
    /// Its article is not in this corpus (a mark made on other files).
    Elsewhere,
}

impl Status {
    /// How the views and the CLI say it.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Live => "live",
            Status::Orphaned => "orphaned",
            Status::Elsewhere => "elsewhere",
        }
    }
}

/// The keys of everything in a corpus, both ways.
pub struct Keys {
    /// Content hash per article (corpus order).
    pub hashes: Vec<String>,
    hash_set: HashSet<String>,
    /// Article index of each quote.
    quote_article: Vec<Option<usize>>,
    found: HashMap<Key, Found>,
}

impl Keys {
    /// The keys of a corpus's articles, quotes, projects and sources.
    pub fn new(corpus: &Corpus, e: &Entities, sources: &[Source]) -> Keys {
        let hashes: Vec<String> = corpus.articles.iter().map(|a| a.content_hash()).collect();
        let position = corpus.positions();
        let quote_article = e
            .quotes
            .iter()
            .map(|q| position.get(&*q.article.0).copied())
            .collect();
        let mut keys = Keys {
            hash_set: hashes.iter().cloned().collect(),
            hashes,
            quote_article,
            found: HashMap::new(),
        };
        let mut found = HashMap::new();
        for a in 0..corpus.articles.len() {
            found.entry(keys.article(a)).or_insert(Found::Article(a));
        }
        for q in 0..e.quotes.len() {
            if let Some(k) = keys.quote(e, q) {
                found.entry(k).or_insert(Found::Quote(q));
            }
        }
        for p in 0..e.projects.len() {
            found.entry(Keys::project(e, p)).or_insert(Found::Project(p));
        }
        for s in 0..sources.len() {
            found.entry(Keys::person(sources, s)).or_insert(Found::Person(s));
        }
        keys.found = found;
        keys
    }

    /// A quote's key: its article's hash and its words.
    pub fn quote(&self, e: &Entities, q: usize) -> Option<Key> {
        let a = (*self.quote_article.get(q)?)?;
        Some(Key {
            kind: Kind::Quote,
            key: self.hashes[a].clone(),
            detail: e.quotes[q].text.clone(),
        })
    }

    /// An article's key: its hash.
    pub fn article(&self, a: usize) -> Key {
        Key {
            kind: Kind::Article,
            key: self.hashes[a].clone(),
            detail: String::new(),
        }
    }

    /// A project's key: its name and region.
    pub fn project(e: &Entities, p: usize) -> Key {
        let p = &e.projects[p];
        Key {
            kind: Kind::Project,
            key: p.name.clone(),
            detail: p.region.clone().unwrap_or_default(),
        }
    }

    /// A person's key: the name (an anonymous source's label) and region — a 副区长 who is
    /// later 区长 of the same place stays one person.
    pub fn person(sources: &[Source], s: usize) -> Key {
        let s = &sources[s];
        Key {
            kind: Kind::Person,
            key: s.name.clone().unwrap_or_else(|| s.label.clone()),
            detail: s.region.clone().unwrap_or_default(),
        }
    }

    /// What a key names in this corpus.
    pub fn find(&self, key: &Key) -> Option<Found> {
        self.found.get(key).copied()
    }

    /// Whether a mark's subject is here, gone from its article, or on another corpus.
    pub fn status(&self, m: &Mark) -> Status {
        if self.find(&m.key).is_some() {
            return Status::Live;
        }
        let hash = match m.key.kind {
            Kind::Quote | Kind::Article => Some(&m.key.key),
            Kind::Project | Kind::Person => m.citation.article_hash.as_ref(),
        };
        if hash.is_some_and(|h| self.hash_set.contains(h)) {
            Status::Orphaned
        } else {
            Status::Elsewhere
        }
    }

    /// The article index of a quote.
    pub fn quote_article(&self, q: usize) -> Option<usize> {
        self.quote_article.get(q).copied().flatten()
    }
}

/// The citation of something found in the corpus, as a mark stores it.
pub fn citation(corpus: &Corpus, e: &Entities, sources: &[Source], keys: &Keys, found: Found) -> Citation {
    let of_article = |a: Option<usize>, c: &mut Citation| {
        if let Some(art) = a.and_then(|a| corpus.articles.get(a)) {
            c.title = Some(art.display_title().to_owned());
            c.publication = art.publication.clone();
            c.date = art.date.clone();
            c.url = art.url.clone();
            c.article = Some(art.id.0.to_string());
            c.article_hash = a.map(|a| keys.hashes[a].clone());
        }
    };
    let article_of_paragraph = |p: &crate::corpus::model::ParagraphId| {
        let id = p.0.rsplit_once('/').map(|(a, _)| a)?;
        corpus.articles.iter().position(|a| &*a.id.0 == id)
    };
    let mut c = Citation::default();
    match found {
        Found::Quote(q) => {
            let quote = &e.quotes[q];
            c.label = quote.text.clone();
            c.speaker = quote.speaker.clone();
            c.role = quote.role.clone();
            c.organization = quote.organization.clone();
            c.region = quote.region.clone();
            of_article(keys.quote_article(q), &mut c);
        }
        Found::Article(a) => {
            c.label = corpus.articles[a].display_title().to_owned();
            c.region = e.article_regions(&corpus.articles[a].id).0;
            of_article(Some(a), &mut c);
        }
        Found::Project(p) => {
            let project = &e.projects[p];
            c.label = project.name.clone();
            c.region = project.region.clone();
            of_article(
                project
                    .mentions
                    .first()
                    .and_then(|m| article_of_paragraph(&m.paragraph)),
                &mut c,
            );
        }
        Found::Person(s) => {
            let source = &sources[s];
            c.label = source.label.clone();
            c.speaker = source.name.clone();
            c.role = (!source.role.is_empty()).then(|| source.role.clone());
            c.organization = source.organization.clone();
            c.region = source.region.clone();
            let first = source.quotes.first().and_then(|&q| keys.quote_article(q));
            of_article(first, &mut c);
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tmp(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("zhaoshang-marks-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        d
    }

    fn key(text: &str) -> Key {
        Key {
            kind: Kind::Quote,
            key: "abc".into(),
            detail: text.into(),
        }
    }

    #[test]
    fn star_tag_note_and_an_empty_mark_goes() {
        let dir = tmp("basic");
        let mut s = Store::open(&dir).unwrap();
        let k = key("我们欢迎投资。");
        let c = Citation {
            label: "我们欢迎投资。".into(),
            ..Default::default()
        };
        assert!(s.toggle_star(&k, &c).unwrap());
        s.retag(&k, &c, &["承诺".into(), "待核实".into()], &[]).unwrap();
        s.set_note(&k, &c, " 核对数字 ").unwrap();
        let all = s.all().unwrap();
        assert_eq!(all.len(), 1);
        assert_eq!(
            (all[0].starred, &all[0].tags[..], &*all[0].note),
            (true, &["承诺".to_owned(), "待核实".to_owned()][..], "核对数字")
        );
        assert_eq!(s.tags().unwrap()[0].1, 1);
        // Unstarred, untagged, without a note: nothing is left to keep.
        assert!(!s.toggle_star(&k, &c).unwrap());
        s.retag(&k, &c, &[], &["承诺".into(), "待核实".into()]).unwrap();
        s.set_note(&k, &c, "").unwrap();
        assert!(s.all().unwrap().is_empty());
        // Reopened, marks are still there.
        s.toggle_star(&k, &c).unwrap();
        drop(s);
        assert_eq!(Store::open(&dir).unwrap().all().unwrap().len(), 1);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn tags_split_on_spaces_commas_and_hashes() {
        assert_eq!(
            parse_tags("承诺, 数据存疑，#待核实 承诺"),
            ["承诺", "数据存疑", "待核实"]
        );
        assert!(parse_tags("  ,, ").is_empty());
    }

    #[test]
    fn a_citation_names_who_and_where() {
        let c = Citation {
            speaker: Some("周凯".into()),
            role: Some("宽城区副区长".into()),
            organization: Some("宽城区".into()),
            publication: Some("吉林日报".into()),
            title: Some("长春市宽城区：招商".into()),
            date: Some("2026-03-01".into()),
            ..Default::default()
        };
        assert_eq!(c.who(), "周凯，宽城区副区长");
        assert_eq!(c.source("%Y-%m-%d"), "吉林日报《长春市宽城区：招商》，2026-03-01");
        assert_eq!(
            c.source("%Y年%-m月%-d日"),
            "吉林日报《长春市宽城区：招商》，2026年3月1日"
        );
    }
}
