//! The search index of a corpus on disk, beside the per-file cache: a reopened corpus reads
//! its postings instead of listing every character of every text again.
//!
//! Layout: format (u32 LE), header length (u64 LE), the header (postcard: item count, stored
//! keys, postings without their buffers), then every part's buffer, raw, in order — read
//! straight into place, never held twice.

use super::{Item, Part, Postings};
use serde::{Deserialize, Serialize};
use std::io::Read;
use std::path::Path;

/// Bump when the index's shape or meaning changes.
const FORMAT: u32 = 2;

#[derive(Serialize, Deserialize)]
pub(super) struct Stored {
    items: u32,
    /// Items with stored keys (most text has none).
    pub keys: Vec<(u32, Vec<String>)>,
    pub short: Postings,
    pub long: Postings,
}

/// The index stored at `path` for a corpus of `items` items; none when it is missing,
/// corrupt or of another shape (then it is built again).
pub(super) fn read(path: &Path, items: usize) -> Option<Stored> {
    let mut f = std::io::BufReader::new(std::fs::File::open(path).ok()?);
    let mut word = [0u8; 4];
    f.read_exact(&mut word).ok()?;
    if u32::from_le_bytes(word) != FORMAT {
        return None;
    }
    let mut len = [0u8; 8];
    f.read_exact(&mut len).ok()?;
    let len = usize::try_from(u64::from_le_bytes(len)).ok()?;
    let mut header = Vec::new();
    f.by_ref().take(len as u64).read_to_end(&mut header).ok()?;
    let mut s: Stored = postcard::from_bytes(&header).ok()?;
    drop(header);
    for part in parts_mut(&mut s) {
        let size = *part.starts.last()? as usize;
        let mut data = Vec::new();
        data.try_reserve_exact(size).ok()?;
        f.by_ref().take(size as u64).read_to_end(&mut data).ok()?;
        if data.len() != size {
            return None;
        }
        part.data = data;
    }
    let sound = s.items as usize == items
        && s.keys.iter().all(|(i, _)| (*i as usize) < items)
        && [&s.short, &s.long]
            .iter()
            .all(|p| p.parts.len().is_power_of_two() && p.parts.iter().all(Part::is_sound))
        && f.read(&mut word).ok()? == 0;
    sound.then_some(s)
}

fn parts_mut(s: &mut Stored) -> impl Iterator<Item = &mut Part> {
    s.short.parts.iter_mut().chain(s.long.parts.iter_mut())
}

/// Stores the index; a cache that cannot be written is no cache.
pub(super) fn write(path: &Path, items: &[Item], short: &Postings, long: &Postings) {
    #[derive(Serialize)]
    struct Borrowed<'a> {
        items: u32,
        keys: Vec<(u32, &'a [String])>,
        short: &'a Postings,
        long: &'a Postings,
    }
    let keys = items
        .iter()
        .enumerate()
        .filter(|(_, it)| !it.keys.is_empty())
        .map(|(i, it)| (i as u32, &*it.keys))
        .collect();
    let doc = Borrowed {
        items: items.len() as u32,
        keys,
        short,
        long,
    };
    let Ok(header) = postcard::to_stdvec(&doc) else {
        return;
    };
    crate::open::write_cache_file(path, |w| {
        w.write_all(&FORMAT.to_le_bytes())?;
        w.write_all(&(header.len() as u64).to_le_bytes())?;
        w.write_all(&header)?;
        for part in short.parts.iter().chain(&long.parts) {
            w.write_all(&part.data)?;
        }
        Ok(())
    });
}
