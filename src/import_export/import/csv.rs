//! Reading a CSV directory file: a header naming the columns, then a row per user; lines
//! longer than [`MAX_LINE_BYTES`] end the read; a header that looks wrong (no email
//! column, `;` or tabs, a look-alike of a known column) is said with what was read.

use std::collections::HashSet;
use std::io::Read;

use super::record::*;

/// The longest line a directory file may have: a longer one is no directory file
/// (`/dev/zero` has no line end at all), and reading it is given up at once.
pub(crate) const MAX_LINE_BYTES: usize = 1 << 20;

/// A reader that remembers where its lines end, for line numbers from byte offsets (the
/// csv crate miscounts lines after CRLF), and refuses a line longer than
/// [`MAX_LINE_BYTES`], so that a file is read as it streams, never held whole.
pub(super) struct Lines<R> {
    pub(super) inner: R,
    pub(super) offset: u64,
    pub(super) newlines: Vec<u64>,
    pub(super) since_newline: usize,
}

impl<R: Read> Lines<R> {
    pub(super) fn new(inner: R) -> Lines<R> {
        Lines {
            inner,
            offset: 0,
            newlines: Vec::new(),
            since_newline: 0,
        }
    }

    /// The line a record starting at byte `offset` is on.
    pub(super) fn line_at(&self, offset: u64) -> u64 {
        // After CRLF the csv crate reports a record as starting at the '\n' that ends
        // the line before it: count that byte too.
        1 + self.newlines.partition_point(|n| *n < offset + 1) as u64
    }
}

impl<R: Read> Read for Lines<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        for (i, b) in buf[..n].iter().enumerate() {
            if *b == b'\n' {
                self.newlines.push(self.offset + i as u64);
                self.since_newline = 0;
            } else {
                self.since_newline += 1;
                if self.since_newline > MAX_LINE_BYTES {
                    return Err(std::io::Error::other(format!(
                        "line {} is longer than {} MiB: this is not a directory file",
                        self.newlines.len() + 1,
                        MAX_LINE_BYTES >> 20
                    )));
                }
            }
        }
        self.offset += n as u64;
        Ok(n)
    }
}

/// Why a header has no email column, with the header as read: a file separated by `;`
/// or tabs reads as one column, which the admin must see to understand.
pub(super) fn no_email_column(headers: &csv::StringRecord) -> String {
    let read: Vec<&str> = headers.iter().collect();
    let mut said = format!("there is no email column (the header read: {read:?})");
    if let Some(sep) = [';', '\t']
        .into_iter()
        .find(|c| read.iter().any(|h| h.contains(*c)))
    {
        let sep = if sep == ';' { "';'" } else { "tabs" };
        said.push_str(&format!(
            "; the file seems separated by {sep}: dbxprov reads commas (export it as CSV with commas)"
        ));
    }
    said
}

pub(super) fn read_csv(name: &str, input: impl Read) -> (Vec<Record>, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(Lines::new(input));
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            return (
                Vec::new(),
                vec![problem(
                    &format!("{name}:1"),
                    None,
                    format!("cannot read the header: {e}"),
                )],
            )
        }
    };
    let header_at = format!("{name}:1");
    let mut columns = Vec::new();
    let mut seen = HashSet::new();
    for (i, h) in headers.iter().enumerate() {
        if h.trim().is_empty() {
            problems.push(problem(
                &header_at,
                None,
                format!("column {} has no name", i + 1),
            ));
            columns.push(None);
            continue;
        }
        if !seen.insert(h.trim().to_lowercase()) {
            problems.push(problem(
                &header_at,
                Some(h.trim()),
                "the column appears twice",
            ));
            columns.push(None);
            continue;
        }
        match column_of(h) {
            Ok(c) => columns.push(Some(c)),
            Err(message) => {
                problems.push(problem(&header_at, Some(h.trim()), message));
                columns.push(None);
            }
        }
    }
    problems.extend(lookalike_problems(&header_at, headers.iter()));
    if !columns
        .iter()
        .any(|c| matches!(c, Some(Column::Known("email"))))
    {
        problems.push(problem(&header_at, None, no_email_column(&headers)));
    }
    let mut records = Vec::new();
    let mut row = csv::StringRecord::new();
    loop {
        let result = reader.read_record(&mut row);
        let line_at = |p: &csv::Position| reader.get_ref().line_at(p.byte());
        match result {
            Ok(false) => break,
            Ok(true) => {
                let line = row.position().map_or(0, line_at);
                let mut record = Record {
                    location: format!("{name}:{line}"),
                    ..Record::default()
                };
                for (column, value) in columns.iter().zip(row.iter()) {
                    if let Some(column) = column {
                        record.set(column, value);
                    }
                }
                records.push(record);
            }
            Err(e) => {
                let line = e.position().map_or(0, line_at);
                let message = match e.kind() {
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => format!("the row has {len} fields; the header has {expected_len}"),
                    csv::ErrorKind::Utf8 { .. } => "the row is not valid UTF-8".to_string(),
                    // The file cannot be read on: what was read is reported, not kept.
                    csv::ErrorKind::Io(io) => {
                        problems.push(problem(name, None, format!("cannot read the file: {io}")));
                        return (Vec::new(), problems);
                    }
                    _ => e.to_string(),
                };
                problems.push(problem(&format!("{name}:{line}"), None, message));
            }
        }
    }
    (records, problems)
}
