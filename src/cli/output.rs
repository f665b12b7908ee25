//! The `Printer`: results go to stdout as tables or one JSON document, rendered from the
//! same `Serialize` value; status lines, warnings and errors go to stderr; `--quiet`
//! silences all but errors.

use std::fmt::Display;
use std::io::{IsTerminal, Write};
use std::sync::{Arc, OnceLock};

use comfy_table::{presets, ColumnConstraint, ContentArrangement, Table, Width};
use serde::Serialize;

use super::progress::VerboseObserver;
use crate::settings::Settings;

/// `COLUMNS` as the settings read it, set once with the process's printer: the width
/// tables fit, over the terminal's (the renderers that use it take no printer).
static COLUMNS: OnceLock<Option<u16>> = OnceLock::new();

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, Debug)]
pub(crate) enum Paint {
    Good,
    Bad,
    Warn,
    Dim,
    Bold,
}

#[derive(Clone, Debug)]
pub struct Printer {
    pub(crate) json: bool,
    pub(crate) quiet: bool,
    pub(crate) verbose: bool,
    color_out: bool,
    color_err: bool,
    /// What the environment set: its secret overrides decide what an auth error's hint
    /// says to change.
    pub(crate) settings: Arc<Settings>,
}

fn use_color(choice: ColorChoice, is_terminal: bool, no_color: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => is_terminal && !no_color,
    }
}

impl Printer {
    pub(crate) fn new(
        json: bool,
        quiet: bool,
        verbose: bool,
        color: ColorChoice,
        settings: Arc<Settings>,
    ) -> Printer {
        let no_color = settings.no_color;
        COLUMNS.get_or_init(|| settings.columns);
        Printer {
            json,
            quiet,
            verbose,
            color_out: use_color(color, std::io::stdout().is_terminal(), no_color),
            color_err: use_color(color, std::io::stderr().is_terminal(), no_color),
            settings,
        }
    }

    pub(crate) fn observer(&self) -> VerboseObserver {
        VerboseObserver {
            enabled: self.verbose,
            long_waits: !self.quiet,
        }
    }

    /// Prints a command's result: JSON with `--json`, else what `human` renders;
    /// nothing with `--quiet`.
    pub(crate) fn result<T: Serialize>(
        &self,
        value: &T,
        human: impl FnOnce(&T) -> String,
    ) -> anyhow::Result<()> {
        let text = if self.json {
            let mut s = serde_json::to_string_pretty(value)?;
            s.push('\n');
            s
        } else if self.quiet {
            return Ok(());
        } else {
            human(value)
        };
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes())?;
        out.flush()?;
        Ok(())
    }

    /// A line of narration on stderr (not with `--quiet`).
    pub(crate) fn status(&self, message: impl Display) {
        if !self.quiet {
            say_err(format_args!("{message}"));
        }
    }

    /// A warning that `--quiet` does not silence: something cron must hear of that does
    /// not change the exit code (a notification not delivered, a metrics file not
    /// written).
    pub(crate) fn alert(&self, message: impl Display) {
        let label = self.paint_err("warning:", Paint::Warn);
        say_err(format_args!("{label} {message}"));
    }

    pub(crate) fn warn(&self, message: impl Display) {
        if !self.quiet {
            let label = self.paint_err("warning:", Paint::Warn);
            say_err(format_args!("{label} {message}"));
        }
    }

    fn paint_with(enabled: bool, text: &str, paint: Paint) -> String {
        if !enabled {
            return text.to_string();
        }
        // Whether to colour is decided above (flags, NO_COLOR, which stream is a terminal).
        let style = console::Style::new().force_styling(true);
        let style = match paint {
            Paint::Good => style.green(),
            Paint::Bad => style.red(),
            Paint::Warn => style.yellow(),
            Paint::Dim => style.dim(),
            Paint::Bold => style.bold(),
        };
        style.apply_to(text).to_string()
    }

    /// Colours text bound for stdout, when colour is on.
    pub(crate) fn paint(&self, text: &str, paint: Paint) -> String {
        Self::paint_with(self.color_out, text, paint)
    }

    /// Colours text bound for stderr, when colour is on.
    pub(crate) fn paint_err(&self, text: &str, paint: Paint) -> String {
        Self::paint_with(self.color_err, text, paint)
    }
}

/// A borderless table with a header row: fitted to a terminal's width, and one line per
/// row when piped (ids and reasons unbroken for grep, awk and files, whatever the width).
pub(crate) fn table<'a>(header: impl IntoIterator<Item = &'a str>) -> Table {
    let mut t = Table::new();
    let header: Vec<&str> = header.into_iter().collect();
    t.load_preset(presets::NOTHING).set_header(header.clone());
    let Some(width) = terminal_width() else {
        t.set_content_arrangement(ContentArrangement::Disabled);
        for column in t.column_iter_mut() {
            column.set_padding((0, 2));
        }
        return t;
    };
    t.set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width);
    // A header may wrap between its words, never inside one (`OUTCOM` over `E`): each
    // column is at least as wide as its header's longest word, with one space between
    // columns instead of two when two do not leave the room.
    let words: Vec<u16> = header
        .iter()
        .map(|h| h.split(' ').map(|w| w.chars().count()).max().unwrap_or(0) as u16)
        .collect();
    let gap = if words.iter().map(|w| w + 2).sum::<u16>() <= width {
        2
    } else {
        1
    };
    for (column, word) in t.column_iter_mut().zip(words) {
        column.set_padding((0, gap));
        column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(word + gap)));
    }
    t
}

/// The width tables fit on stdout: `COLUMNS`, else the terminal's; `None` (no wrapping)
/// when stdout is not a terminal, or its width is unknown or too narrow to mean it (a
/// pseudo-terminal without a size reports 0).
fn terminal_width() -> Option<u16> {
    if !std::io::stdout().is_terminal() {
        return None;
    }
    let from_env = COLUMNS.get().copied().flatten();
    let width = from_env.or_else(|| console::Term::stdout().size_checked().map(|(_, w)| w))?;
    (width >= 40).then_some(width)
}

/// The table as text when it fits the terminal uncut; else one block per row (its first
/// column's header and value, then each other column's on a line of its own), so that a
/// narrow terminal cuts nothing and splits no header. For short listings (a rule per
/// row), where every value matters.
pub(crate) fn render_fitted(t: &Table) -> String {
    let natural: usize = t
        .column_max_content_widths()
        .iter()
        .map(|w| usize::from(*w) + 2)
        .sum();
    let fits = match t.content_arrangement() {
        ContentArrangement::Disabled => true,
        _ => t.width().is_none_or(|w| natural <= usize::from(w)),
    };
    if fits {
        return render_table(t);
    }
    let header: Vec<String> = t
        .header()
        .map(|h| h.cell_iter().map(|c| c.content()).collect())
        .unwrap_or_default();
    let label = header.iter().skip(1).map(|h| h.chars().count()).max();
    let label = label.unwrap_or(0);
    let mut out = String::new();
    for row in t.row_iter() {
        let cells: Vec<String> = row.cell_iter().map(|c| c.content()).collect();
        for (i, (h, v)) in header.iter().zip(&cells).enumerate() {
            match i {
                0 => out.push_str(&format!("{h} {v}\n")),
                _ => out.push_str(&format!("  {h:<label$}  {v}\n")),
            }
        }
    }
    out
}

/// The table as text, without the padding comfy-table leaves at line ends. Fitted to a
/// terminal, each row stays one line: a cell too long for its column is cut with `...`
/// (the whole value is in `--json`, and in piped output, which is never cut).
pub(crate) fn render_table(t: &Table) -> String {
    let mut t = t.clone();
    if !matches!(t.content_arrangement(), ContentArrangement::Disabled) {
        for row in t.row_iter_mut() {
            row.max_height(1);
        }
    }
    let mut s = String::new();
    for line in t.lines() {
        s.push_str(line.trim_end());
        s.push('\n');
    }
    s
}

/// Two columns, field and value, for `show` commands.
pub(crate) fn fields<'a>(rows: impl IntoIterator<Item = (&'a str, String)>) -> String {
    let rows: Vec<_> = rows.into_iter().collect();
    let width = rows.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    let mut s = String::new();
    for (k, v) in rows {
        let line = format!("{k:<width$}  {v}");
        s.push_str(line.trim_end());
        s.push('\n');
    }
    s
}

/// `yes` / `no`.
/// `n` and the noun, singular for one (`1 member`, `3 members`).
pub(crate) fn counted(n: impl Into<u64>, one: &str, many: &str) -> String {
    let n = n.into();
    format!("{n} {}", if n == 1 { one } else { many })
}

pub(crate) fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}

pub(crate) fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// A line on stderr; a closed stderr is not worth a panic.
pub(crate) fn say_err(line: std::fmt::Arguments<'_>) {
    let _ = writeln!(std::io::stderr(), "{line}");
}

/// A line on stdout outside of a result (the demo's narration); a reader that went away
/// ends the output quietly instead of a panic.
pub(crate) fn say_out(line: std::fmt::Arguments<'_>) {
    let _ = writeln!(std::io::stdout(), "{line}");
}

/// A JSON array written element by element, exactly as `serde_json::to_string_pretty`
/// prints the whole list `depth` levels deep: a listing of 100,000 rows is never held.
pub(crate) struct JsonArray<W: Write> {
    out: W,
    depth: usize,
    items: u64,
}

impl<W: Write> JsonArray<W> {
    pub(crate) fn new(out: W, depth: usize) -> JsonArray<W> {
        JsonArray {
            out,
            depth,
            items: 0,
        }
    }

    pub(crate) fn push<T: Serialize>(&mut self, item: &T) -> anyhow::Result<()> {
        let text = serde_json::to_string_pretty(item)?;
        let indent = "  ".repeat(self.depth + 1);
        self.out
            .write_all(if self.items == 0 { b"[\n" } else { b",\n" })?;
        for (i, line) in text.lines().enumerate() {
            if i > 0 {
                self.out.write_all(b"\n")?;
            }
            self.out.write_all(indent.as_bytes())?;
            self.out.write_all(line.as_bytes())?;
        }
        self.items += 1;
        Ok(())
    }

    /// Closes the array (no newline after it); the writer back.
    pub(crate) fn finish(mut self) -> anyhow::Result<W> {
        if self.items == 0 {
            self.out.write_all(b"[]")?;
        } else {
            let indent = "  ".repeat(self.depth);
            write!(self.out, "\n{indent}]")?;
        }
        Ok(self.out)
    }
}

/// Writes on stdout, as its rows are read, a JSON document that ends in a list: `head`
/// (nothing for a bare list, else an object's first fields up to `"field": `), the rows
/// `each` hands over as that list `depth` levels deep, then `tail`.
pub(crate) fn stream_json<T: Serialize>(
    (head, depth, tail): (&str, usize, &str),
    each: impl FnOnce(&mut dyn FnMut(T) -> anyhow::Result<()>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    out.write_all(head.as_bytes())?;
    let mut array = JsonArray::new(out, depth);
    each(&mut |row| array.push(&row))?;
    let mut out = array.finish()?;
    out.write_all(tail.as_bytes())?;
    Ok(out.flush()?)
}

/// Writes a CSV document to stdout: `header`, then each row `rows` hands over as it is
/// read, holding none (an audit file of 100,000 operations). The number of rows.
pub(crate) fn stream_csv<E: From<std::io::Error>>(
    header: &[&str],
    rows: impl Fn(&mut dyn FnMut(Vec<String>) -> Result<(), E>) -> Result<(), E>,
) -> Result<u64, E> {
    let io = |e: csv::Error| match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => std::io::Error::other(format!("{other:?}")),
    };
    let mut w = csv::Writer::from_writer(std::io::BufWriter::new(std::io::stdout().lock()));
    w.write_record(header).map_err(|e| E::from(io(e)))?;
    let mut count = 0;
    rows(&mut |cells| {
        count += 1;
        w.write_record(&cells).map_err(|e| E::from(io(e)))
    })?;
    w.flush()?;
    Ok(count)
}

/// A table streamed from `rows` (called twice: once to size the columns, once to print),
/// holding no rows. Fitted to a terminal, headers stay whole and the last column (the
/// error or note, the one an admin reads) is never cut: it may run past the edge. When
/// the rest does not fit, the `expendable` columns (by header: a member id) are left out
/// first, then the widest others narrowed, their cells cut with `...`. Piped, rows are
/// whole. The number of rows; nothing is written for none.
pub(crate) fn stream_table<E: From<std::io::Error>>(
    header: &[&str],
    expendable: &[&str],
    rows: impl Fn(&mut dyn FnMut(Vec<String>) -> Result<(), E>) -> Result<(), E>,
) -> Result<u64, E> {
    let mut content = vec![0; header.len()];
    let mut count = 0;
    rows(&mut |cells| {
        for (w, c) in content.iter_mut().zip(&cells) {
            *w = (*w).max(c.chars().count());
        }
        count += 1;
        Ok(())
    })?;
    if count == 0 {
        return Ok(0);
    }
    let columns: Vec<Column> = header
        .iter()
        .zip(&content)
        .map(|(h, &w)| Column {
            floor: h.chars().count().max(NARROWEST.min(w)),
            expendable: w == 0 || expendable.contains(h),
        })
        .collect();
    let header_and_content = header.iter().zip(&content);
    let mut widths: Vec<usize> = header_and_content
        .map(|(h, &w)| w.max(h.chars().count()))
        .collect();
    let shown = match terminal_width() {
        Some(w) => fit(&mut widths, &columns, w as usize),
        None => vec![true; widths.len()],
    };
    let last = widths.len().saturating_sub(1);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let line = |cells: &[String], out: &mut dyn Write| -> std::io::Result<()> {
        let mut text = String::new();
        let kept = cells
            .iter()
            .zip(&widths)
            .enumerate()
            .filter(|(i, _)| shown[*i]);
        for (i, (cell, &w)) in kept {
            let cell = if i == last {
                cell.clone()
            } else {
                cut(cell, w)
            };
            let pad = w.saturating_sub(cell.chars().count()) + 2;
            text.push_str(&cell);
            text.extend(std::iter::repeat_n(' ', pad));
        }
        writeln!(out, "{}", text.trim_end())
    };
    let header: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    line(&header, &mut out)?;
    rows(&mut |cells| Ok(line(&cells, &mut out)?))?;
    out.flush()?;
    Ok(count)
}

/// The narrowest a streamed column is cut to (unless its values are narrower).
const NARROWEST: usize = 6;

/// How a streamed column may be narrowed.
struct Column {
    /// Never narrower: its header stays whole.
    floor: usize,
    /// Left out before any other column is narrowed (a member id, or a column with
    /// nothing in it).
    expendable: bool,
}

/// Fits the columns into `width` (two spaces between columns; the last counted at its
/// floor, since it may run past the edge): expendable columns are left out, then the
/// widest others narrowed, none below its floor. Which columns are shown.
fn fit(widths: &mut [usize], columns: &[Column], width: usize) -> Vec<bool> {
    let last = widths.len().saturating_sub(1);
    let mut shown = vec![true; widths.len()];
    let total = |w: &[usize], shown: &[bool]| {
        let kept = (0..w.len()).filter(|i| shown[*i]);
        kept.map(|i| if i == last { columns[i].floor } else { w[i] } + 2)
            .sum::<usize>()
    };
    for i in (0..=last).filter(|i| columns[*i].expendable) {
        if total(widths, &shown) > width {
            shown[i] = false;
        }
    }
    while total(widths, &shown) > width {
        let narrowable = (0..last).filter(|&i| shown[i] && widths[i] > columns[i].floor);
        let Some(i) = narrowable.max_by_key(|&i| widths[i]) else {
            break;
        };
        widths[i] -= 1;
    }
    shown
}

/// `cell` cut to `width` characters, ending in `...` when cut.
fn cut(cell: &str, width: usize) -> String {
    if cell.chars().count() <= width {
        return cell.to_string();
    }
    let kept: String = cell.chars().take(width.saturating_sub(3)).collect();
    format!("{kept}...")
}

/// `text` broken at spaces into lines of at most `width` columns, the first starting
/// with `first`, the others with `indent`.
pub(crate) fn wrapped(text: &str, width: usize, first: &str, indent: &str) -> String {
    let mut lines = vec![first.to_string()];
    for word in text.split(' ') {
        let line = lines.last_mut().expect("a first line");
        if line.trim().is_empty() {
            line.push_str(word);
        } else if line.len() + 1 + word.len() <= width {
            line.push(' ');
            line.push_str(word);
        } else {
            lines.push(format!("{indent}{word}"));
        }
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_streamed_json_array_prints_as_the_whole_list_would() {
        let rows = vec![
            serde_json::json!({"email": "ann@example.com", "tags": ["a", "b"]}),
            serde_json::json!({"email": "bob@example.com", "tags": []}),
        ];
        for list in [&rows[..], &rows[..1], &[]] {
            let mut array = JsonArray::new(Vec::new(), 0);
            for r in list {
                array.push(r).unwrap();
            }
            let text = String::from_utf8(array.finish().unwrap()).unwrap();
            assert_eq!(text, serde_json::to_string_pretty(list).unwrap());
        }
        // One level down, as the value of an object's field.
        let mut out = b"{\n  \"operations\": ".to_vec();
        let mut array = JsonArray::new(&mut out, 1);
        for r in &rows {
            array.push(r).unwrap();
        }
        array.finish().unwrap();
        out.extend_from_slice(b"\n}");
        let doc = serde_json::json!({"operations": rows});
        assert_eq!(
            String::from_utf8(out).unwrap(),
            serde_json::to_string_pretty(&doc).unwrap()
        );
    }

    #[test]
    fn a_streamed_table_leaves_out_expendable_columns_then_narrows_the_widest() {
        let column = |floor, expendable| Column { floor, expendable };
        // EMAIL, MEMBER ID (expendable), STATE, ERROR (last: counted at its floor).
        let columns = [
            column(6, false),
            column(9, true),
            column(6, false),
            column(5, false),
        ];
        let mut widths = vec![30, 40, 6, 80];
        assert_eq!(fit(&mut widths, &columns, 60), [true, false, true, true]);
        assert_eq!(widths, [30, 40, 6, 80], "nothing else narrowed");
        assert_eq!(fit(&mut widths, &columns, 30), [true, false, true, true]);
        assert_eq!(
            widths[0] + 2 + 6 + 2 + 5 + 2,
            30,
            "the widest narrowed to fit"
        );
        assert_eq!(widths[3], 80, "the last column is never cut");
        let mut narrow = vec![6, 9, 6, 5];
        assert_eq!(fit(&mut narrow, &columns, 10), [true, false, true, true]);
        assert_eq!(
            narrow,
            [6, 9, 6, 5],
            "no column below its floor: headers stay whole"
        );
        assert_eq!(cut("dbmid:abcdefghij", 10), "dbmid:a...");
        assert_eq!(cut("short", 10), "short");
    }
}
