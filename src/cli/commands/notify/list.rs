//! `dbxprov notify list`

use crate::cli::output::{render_table, table, Printer};
use crate::model::Channel;
use crate::ops::notify::{self, NotifierList};
use crate::ops::Context;

pub(crate) fn cmd_list(ctx: &Context, printer: &Printer) -> anyhow::Result<()> {
    let list = notify::list(ctx)?;
    printer.result(&list, render)
}

fn render(list: &NotifierList) -> String {
    if list.notifiers.is_empty() {
        return "No notifiers (`dbxprov notify add NAME --webhook URL` adds one).\n".into();
    }
    let mut t = table(["NAME", "KIND", "WHERE", "ON", "LAST UNDELIVERED"]);
    for n in &list.notifiers {
        let (kind, place) = match &n.channel {
            Channel::Webhook => ("webhook", n.shown.clone()),
            Channel::Smtp { to, .. } => ("mail", format!("{} to {}", n.shown, to.join(", "))),
        };
        let on: Vec<&str> = n.on.iter().map(|e| e.as_str()).collect();
        let undelivered = list
            .undelivered
            .iter()
            .find(|d| d.notifier.eq_ignore_ascii_case(&n.name))
            .map_or(String::new(), crate::cli::render::status::undelivered_cell);
        t.add_row([
            n.name.clone(),
            kind.into(),
            place,
            on.join(","),
            undelivered,
        ]);
    }
    render_table(&t)
}
