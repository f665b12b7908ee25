//! Owns [`Cursors`], the cursors a listing hands out: opaque ids for where the next page
//! starts, which expire (`Config::cursor_lifetime`) and, if so configured
//! (`Config::refuse_reused_cursors`), can be continued from only once. Generic over the
//! position a listing keeps, so member and group listings share it.

use std::collections::HashMap;
use std::time::Instant;

use crate::config::Config;
use crate::ids::Ids;
use crate::wire::refusal::Refusal;

/// The answer to a cursor that cannot be continued from, whatever the reason.
pub(crate) const INVALID_CURSOR: Refusal = Refusal::new("invalid_cursor");

struct Issued<P> {
    position: P,
    at: Instant,
    /// A page was already answered from this cursor: the cursor of that page superseded it.
    continued: bool,
}

pub(crate) struct Cursors<P> {
    issued: HashMap<String, Issued<P>>,
}

impl<P: Copy> Cursors<P> {
    pub fn new() -> Self {
        Cursors {
            issued: HashMap::new(),
        }
    }

    /// A new cursor for `position`.
    pub fn issue(&mut self, ids: &mut Ids, position: P) -> String {
        let cursor = ids.random("", 48);
        let issued = Issued {
            position,
            at: Instant::now(),
            continued: false,
        };
        self.issued.insert(cursor.clone(), issued);
        cursor
    }

    /// The position `cursor` stands for, or `invalid_cursor` for a cursor never issued,
    /// expired, or (when configured) already continued from.
    pub fn resume(&mut self, cursor: &str, config: &Config) -> Result<P, Refusal> {
        let issued = self.issued.get_mut(cursor).ok_or(INVALID_CURSOR)?;
        if issued.at.elapsed() >= config.cursor_lifetime {
            return Err(INVALID_CURSOR);
        }
        if issued.continued && config.refuse_reused_cursors {
            return Err(INVALID_CURSOR);
        }
        issued.continued = true;
        Ok(issued.position)
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn issued_cursor() -> (Cursors<usize>, String) {
        let mut cursors = Cursors::new();
        let cursor = cursors.issue(&mut Ids::new(1), 7);
        (cursors, cursor)
    }

    #[test]
    fn cursors_can_be_reused_unless_configured_otherwise() {
        let config = Config::default();
        let (mut cursors, cursor) = issued_cursor();
        assert_eq!(cursors.resume(&cursor, &config), Ok(7));
        assert_eq!(cursors.resume(&cursor, &config), Ok(7));
        assert_eq!(cursors.resume("bogus", &config), Err(INVALID_CURSOR));

        let strict = Config {
            refuse_reused_cursors: true,
            ..Config::default()
        };
        let (mut cursors, cursor) = issued_cursor();
        assert_eq!(cursors.resume(&cursor, &strict), Ok(7));
        assert_eq!(cursors.resume(&cursor, &strict), Err(INVALID_CURSOR));
    }

    #[test]
    fn cursors_expire() {
        let config = Config {
            cursor_lifetime: Duration::ZERO,
            ..Config::default()
        };
        let (mut cursors, cursor) = issued_cursor();
        assert_eq!(cursors.resume(&cursor, &config), Err(INVALID_CURSOR));
    }
}
