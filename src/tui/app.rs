//! The explorer's state and how actions change it (Elm-style: `update(&mut App, Action)`).
//! The app holds what every pane shares — the data, focus, the district and date filters,
//! history, marks, the status line — and the components; it routes a key to the overlay in
//! front or the focused pane, and applies the [`Action`]s they hand back. Panes never reach
//! into each other: choosing in one what another shows goes through the app.

use crate::corpus::model::{ArticleId, DateRange, Within};
use crate::marks::Store;
pub use crate::tui::action::{Action, Overlay};
use crate::tui::compare::CompareState;
use crate::tui::dashboard::DashboardState;
use crate::tui::data::{Data, MarkKind};
pub use crate::tui::format::{citation, truncate_chars, yuan};
use crate::tui::help::HelpState;
pub use crate::tui::history::{History, Location};
pub use crate::tui::items::ItemRow;
use crate::tui::items::{ItemsPane, Selection};
use crate::tui::layout::{list_height, rects, Pane, Rects};
pub use crate::tui::list::Cursor;
use crate::tui::list::{Listing, PaneList, Scope};
use crate::tui::marks::{self as marking, Book, MarkedState, Prompt, PromptKind};
use crate::tui::person::PersonState;
use crate::tui::projects::ProjectsPane;
pub use crate::tui::reader::ReaderState;
use crate::tui::reader::{self, Sheet};
use crate::tui::regions::RegionsPane;
use crate::tui::search_box;
pub use crate::tui::search_box::{Purpose, SearchState, SEARCH_LIMIT};
use crate::tui::sources::SourcesPane;
use crate::tui::theme::Theme;
use crate::tui::timeline::TimelineState;
use ratatui::layout::Rect;
use std::rc::Rc;
use std::sync::Arc;

pub use crate::corpus::model::{format_date, DEFAULT_DATE_FORMAT};

/// What the list panes show within, borrowed field by field so that a pane can change while
/// it reads the rest of the app.
macro_rules! scope {
    ($app:expr) => {
        Scope {
            data: &$app.data,
            filter: $app.filter.as_deref(),
            dates: &$app.dates,
            within: &$app.within,
        }
    };
}
pub(crate) use scope;

/// The explorer's whole state.
pub struct App {
    pub data: Arc<Data>,
    pub theme: Theme,
    pub pane: Pane,
    /// The list pane (regions, projects or sources) whose selection the item list shows.
    pub last_list: Pane,
    pub overlay: Overlay,
    /// The district the panes are narrowed to.
    pub filter: Option<String>,
    /// The publication dates the panes are narrowed to (`:since`, `:until`).
    pub dates: DateRange,
    /// The articles within [`App::dates`], and the region counts of those articles (none
    /// while every date is shown: the data's own).
    pub(crate) within: Within,
    pub(crate) range_counts: Option<Vec<crate::tui::data::Counts>>,
    pub regions: RegionsPane,
    pub projects: ProjectsPane,
    pub sources: SourcesPane,
    pub item_list: ItemsPane,
    pub reader: ReaderState,
    pub search: SearchState,
    /// Where the user was, for `Ctrl-O`/`Ctrl-I`.
    pub history: History,
    pub message: Option<String>,
    /// Text to put on the clipboard (OSC 52) after the next frame.
    pub clipboard: Option<String>,
    /// A URL to open in the browser after the next frame.
    pub open_url: Option<String>,
    pub quit: bool,
    pub area: Rect,
    pub dashboard: DashboardState,
    pub help: HelpState,
    /// Stars, tags and notes, as last read from the data folder.
    pub marks: Book,
    /// The Marked view's position and filters.
    pub marked: MarkedState,
    /// The tag or note prompt while it is open.
    pub prompt: Option<Prompt>,
    /// The overlay to go back to when the prompt closes.
    pub prompt_return: Overlay,
    /// The person page.
    pub person: PersonState,
    /// The `:` line being typed.
    pub command: String,
    /// The Timeline.
    pub timeline: TimelineState,
    /// The comparison.
    pub compare: CompareState,
    /// The keys in effect (the defaults and the configuration's).
    pub keymap: crate::tui::keymap::Keymap,
    /// How dates are shown (`%Y-%m-%d`).
    pub date_format: String,
    /// Actions components asked for while handling one (see [`App::emit`]).
    pending: std::collections::VecDeque<Action>,
}

impl App {
    /// A new explorer on `data`, drawn on a screen of `area`.
    pub fn new(data: Arc<Data>, theme: Theme, area: Rect) -> App {
        let mut app = App {
            data,
            theme,
            pane: Pane::Regions,
            last_list: Pane::Regions,
            overlay: Overlay::None,
            filter: None,
            dates: DateRange::default(),
            within: Within::all(),
            range_counts: None,
            regions: RegionsPane::default(),
            projects: ProjectsPane::default(),
            sources: SourcesPane::default(),
            item_list: ItemsPane::default(),
            reader: ReaderState::default(),
            search: SearchState::default(),
            history: History::default(),
            message: None,
            clipboard: None,
            open_url: None,
            quit: false,
            area,
            dashboard: DashboardState::default(),
            help: HelpState::default(),
            // Marks in memory until `set_marks` gives the data folder's (tests never touch it).
            marks: Book::new(Store::in_memory().ok()),
            marked: MarkedState::default(),
            prompt: None,
            prompt_return: Overlay::None,
            person: PersonState::default(),
            command: String::new(),
            timeline: TimelineState::default(),
            compare: CompareState::default(),
            keymap: crate::tui::keymap::Keymap::default(),
            date_format: DEFAULT_DATE_FORMAT.to_owned(),
            pending: Default::default(),
        };
        // Start on the first district, so the panes show something useful.
        let first = {
            let d = &app.data;
            let is_district = |&r: &usize| d.compared.contains(&crate::tui::regions::name(d, r));
            app.regions
                .listing
                .visible(&scope!(app))
                .iter()
                .position(is_district)
        };
        if let Some(i) = first {
            app.regions.cursor.selected = i;
        }
        app.open_first_article();
        app
    }

    /// Keeps marks in `store` (the user's data folder) from now on.
    pub fn set_marks(&mut self, store: Store) {
        self.marks = Book::new(Some(store));
    }

    /// The panes' rectangles on the current screen.
    pub fn rects(&self) -> Rects {
        rects(self.area, self.last_list, self.pane)
    }

    /// What the list panes show within.
    pub fn scope(&self) -> Scope<'_> {
        scope!(self)
    }

    /// Tree rows the Regions pane shows.
    pub fn visible_regions(&self) -> Vec<usize> {
        self.regions.listing.visible(&self.scope())
    }

    /// Projects shown (indices into entities.projects).
    pub fn visible_projects(&self) -> Vec<usize> {
        self.projects.listing.visible(&self.scope())
    }

    /// Sources shown (indices into data.sources).
    pub fn visible_sources(&self) -> Vec<usize> {
        self.sources.listing.visible(&self.scope())
    }

    /// Where a list pane's cursor stands (the reader has none).
    pub fn cursor(&self, pane: Pane) -> Cursor {
        match pane {
            Pane::Regions => self.regions.cursor,
            Pane::Projects => self.projects.cursor,
            Pane::Sources => self.sources.cursor,
            Pane::Items => self.item_list.cursor,
            Pane::Reader => Cursor::default(),
        }
    }

    /// The list pane `p` (Regions, Projects or Sources), with what it lists within.
    pub(crate) fn list(&mut self, p: Pane) -> (Option<&mut dyn PaneList>, Scope<'_>) {
        let list: Option<&mut dyn PaneList> = match p {
            Pane::Regions => Some(&mut self.regions),
            Pane::Projects => Some(&mut self.projects),
            Pane::Sources => Some(&mut self.sources),
            Pane::Items | Pane::Reader => None,
        };
        (list, scope!(self))
    }

    /// True when an article is within the date filter.
    pub fn in_dates(&self, article: &ArticleId) -> bool {
        self.within.keeps(article)
    }

    /// The articles within the date filter.
    pub fn within(&self) -> &Within {
        &self.within
    }

    /// Articles, quotes and projects per region (indexed like the regions) within the date filter.
    pub fn counts(&self) -> &[crate::tui::data::Counts] {
        self.range_counts.as_deref().unwrap_or(&self.data.counts)
    }

    /// What the item list shows the items of: the selection of the last list pane used.
    pub fn selection(&self) -> Selection {
        let s = self.scope();
        let picked = match self.last_list {
            Pane::Projects => self.projects.selected(&s).map(Selection::Project),
            Pane::Sources => self.sources.selected(&s).map(Selection::Source),
            _ => self.regions.selected_name(&s).map(Selection::Region),
        };
        picked.unwrap_or(Selection::None)
    }

    /// What the item list shows for the selection of the last list pane used; remembered
    /// until the selection or the filter changes.
    pub fn items(&self) -> Rc<Vec<ItemRow>> {
        let key = (
            self.last_list,
            self.regions.cursor.selected,
            self.projects.cursor.selected,
            self.sources.cursor.selected,
            self.filter.clone(),
            self.regions.listing.mentioned_open,
            self.dates.clone(),
        );
        self.item_list.rows(key, || {
            crate::tui::items::rows_of(&self.scope(), &self.selection(), &self.date_format)
        })
    }

    /// Rows a pane shows.
    pub(crate) fn len_of(&mut self, p: Pane) -> usize {
        match self.list(p) {
            (Some(l), s) => l.len(&s),
            (None, _) if p == Pane::Items => self.items().len(),
            (None, _) => 0,
        }
    }

    fn location(&self) -> Location {
        Location {
            pane: self.pane,
            cursors: [Pane::Regions, Pane::Projects, Pane::Sources, Pane::Items].map(|p| self.cursor(p)),
            filter: self.filter.clone(),
            reader: self.reader.clone(),
        }
    }

    /// Remembers where we are before a jump (browser-style: forward history is dropped).
    pub(crate) fn push_history(&mut self) {
        let here = self.location();
        self.history.push(here);
    }

    fn restore(&mut self, l: Location) {
        self.pane = l.pane;
        let [r, p, s, i] = l.cursors;
        (self.regions.cursor, self.projects.cursor, self.sources.cursor) = (r, p, s);
        self.item_list.cursor = i;
        self.filter = l.filter;
        self.reader = l.reader;
        if matches!(self.pane, Pane::Regions | Pane::Projects | Pane::Sources) {
            self.last_list = self.pane;
        }
    }

    /// The reader's rectangle when it is on screen (on a narrow screen it is only while focused).
    fn reader_rect(&self) -> Rect {
        rects(self.area, self.last_list, Pane::Reader).reader
    }

    /// Lines of text the reader shows.
    fn reader_height(&self) -> usize {
        list_height(self.reader_rect())
    }

    /// Article `a` as the reader sets it, `current` its picked entity.
    pub(crate) fn lines_of(&self, a: usize, current: Option<usize>) -> reader::Lines {
        let glyph = |k: &MarkKind| marking::of_entity(self, a, k).map(crate::marks::Mark::glyph);
        let width = self.reader_rect().width.saturating_sub(2) as usize;
        reader::lines(
            &self.data,
            &self.theme,
            a,
            width,
            current,
            &glyph,
            &self.date_format,
        )
    }

    /// Queues an action for another component, applied once the current one is done: panes
    /// and views talk through actions rather than reaching into each other.
    pub(crate) fn emit(&mut self, action: Action) {
        self.pending.push_back(action);
    }

    /// Applies one action, then what the components asked for while handling it.
    pub fn update(&mut self, action: Action) {
        let before = self.rects();
        if !matches!(action, Action::Resize(..)) {
            self.message = None;
        }
        self.route(action);
        while let Some(next) = self.pending.pop_front() {
            self.route(next);
        }
        // Only when the panes changed size (a resize, a focus change on a narrow screen): a
        // keystroke in the search box must not pay for the lists.
        if self.rects() != before {
            self.keep_selections_in_view();
        }
    }

    /// Scrolls each list so its selection is on screen: a pane's height changes with the
    /// screen's shape and with focus (the focused one of a column is the taller).
    fn keep_selections_in_view(&mut self) {
        let r = self.rects();
        for p in [Pane::Regions, Pane::Projects, Pane::Sources, Pane::Items] {
            if !r.shows(p) {
                continue;
            }
            let h = list_height(r.of(p));
            match self.list(p) {
                (Some(l), s) => l.clamp(&s, h),
                (None, _) => {
                    let len = self.items().len();
                    self.item_list.cursor.clamp(len, h);
                }
            }
        }
    }

    /// Hands an action to the component in front (an overlay), else to the app or the panes.
    fn route(&mut self, action: Action) {
        match self.overlay {
            Overlay::Search | Overlay::District => return search_box::update(self, action),
            Overlay::Prompt => return marking::update_prompt(self, action),
            Overlay::Marked => return marking::update_marked(self, action),
            Overlay::Person => return crate::tui::person::update(self, action),
            Overlay::Command => return crate::tui::command::update(self, action),
            Overlay::Timeline => return crate::tui::timeline::update(self, action),
            Overlay::Compare => return crate::tui::compare::update(self, action),
            Overlay::Help => return crate::tui::help::update(self, action),
            Overlay::Dashboard => return crate::tui::dashboard::update(self, action),
            Overlay::Skipped => return crate::tui::skipped::update(self, action),
            Overlay::None => {}
        }
        if let Some(key) = self.apply(action) {
            // `n`/`N` pick in the reader whatever has focus.
            let pane = match key {
                Action::NextEntity | Action::PrevEntity => Pane::Reader,
                _ => self.pane,
            };
            for then in self.update_pane(pane, &key) {
                self.emit(then);
            }
        }
    }

    /// Does what the app itself does for an action; hands back those for the focused pane.
    fn apply(&mut self, action: Action) -> Option<Action> {
        match action {
            Action::Quit => self.quit = true,
            Action::Resize(w, h) => self.area = Rect::new(0, 0, w, h),
            Action::SwitchView if self.pane == Pane::Reader => self.focus(Pane::Items),
            Action::SwitchView => self.pane = Pane::Reader,
            Action::NextPane | Action::PrevPane => {
                let i = Pane::ALL.iter().position(|p| *p == self.pane).unwrap_or(0);
                let n = Pane::ALL.len();
                let step = if action == Action::NextPane { 1 } else { n - 1 };
                self.focus(Pane::ALL[(i + step) % n]);
            }
            Action::Search => search_box::open(self),
            Action::GotoDistrict => search_box::open_district_picker(self, Purpose::Goto),
            Action::Help => crate::tui::help::open(self),
            Action::Dashboard => crate::tui::dashboard::open(self),
            Action::Skipped => crate::tui::skipped::open(self),
            Action::NextDistrict => self.step_district(1),
            Action::PrevDistrict => self.step_district(-1),
            Action::District(n) => match self.data.compared.get(n).cloned() {
                Some(d) => self.set_filter(Some(d)),
                None => self.message = Some(format!("no district {}", n + 1)),
            },
            Action::ClearFilter => self.set_filter(None),
            Action::FilterDistrict(district) => self.set_filter(district),
            Action::HistoryBack => {
                let here = self.location();
                match self.history.back(here) {
                    Some(l) => self.restore(l),
                    None => self.message = Some("no earlier location".into()),
                }
            }
            Action::HistoryForward => match self.history.forward() {
                Some(l) => self.restore(l),
                None => self.message = Some("no later location".into()),
            },
            Action::Yank => self.yank(),
            Action::Star => marking::star(self),
            Action::Tag => marking::start_prompt(self, PromptKind::Tags),
            Action::Note => marking::start_prompt(self, PromptKind::Note),
            Action::Marked => marking::open_marked(self),
            Action::Person => crate::tui::person::open(self),
            Action::Command => crate::tui::command::open(self),
            Action::Timeline => crate::tui::timeline::open(self),
            Action::Compare => crate::tui::compare::open(self),
            Action::OpenUrl => self.request_open_url(),
            Action::Click(col, row) => self.click(col, row),
            Action::ScrollUp(col, row) => self.wheel(col, row, -3),
            Action::ScrollDown(col, row) => self.wheel(col, row, 3),
            Action::GoTo(target) => {
                self.push_history();
                self.go_to(target);
            }
            Action::PickToCompare(purpose, district) => crate::tui::compare::picked(self, purpose, district),
            Action::Narrow(district, dates) => {
                self.set_filter(Some(district.clone()));
                self.set_dates(dates.clone());
                self.message = Some(format!("district {district} · {}", dates.describe()));
            }
            Action::Focus(p) => self.focus(p),
            Action::SelectionMoved => self.item_list.cursor = Cursor::default(),
            Action::Show(kind) => self.show(kind),
            Action::Say(m) => self.message = Some(m),
            key => return Some(key),
        }
        None
    }

    /// Hands a key to pane `p`; what it asks for after.
    fn update_pane(&mut self, p: Pane, action: &Action) -> Vec<Action> {
        match p {
            Pane::Items => {
                let rows = self.items();
                let h = list_height(rects(self.area, self.last_list, p).items);
                self.item_list
                    .update(action, &self.data, &rows, h, self.last_list)
            }
            Pane::Reader => {
                let lines = self.reader.article.map(|a| self.lines_of(a, self.reader.entity));
                let sheet = Sheet {
                    data: &self.data,
                    lines: lines.as_ref(),
                    height: self.reader_height(),
                };
                self.reader.update(action, &sheet)
            }
            _ => {
                // Its height as it stands when focused (the wheel scrolls a pane without focusing it).
                let h = list_height(rects(self.area, self.last_list, p).of(p));
                match self.list(p) {
                    (Some(l), s) => l.update(action, &s, h),
                    (None, _) => Vec::new(),
                }
            }
        }
    }

    pub(crate) fn focus(&mut self, p: Pane) {
        self.pane = p;
        if matches!(p, Pane::Regions | Pane::Projects | Pane::Sources) && self.last_list != p {
            self.last_list = p;
            self.item_list.cursor = Cursor::default();
        }
    }

    /// `y`: the current quote with speaker, role, article and date, for the clipboard.
    fn yank(&mut self) {
        let quote = match self.pane {
            Pane::Reader => match self.reader.picked(&self.data) {
                Some(MarkKind::Quote(q)) => Some(q),
                _ => None,
            },
            Pane::Items => self.item_list.selected(&self.items()).and_then(|r| r.quote),
            _ => None,
        };
        self.yank_quote(quote);
    }

    /// Puts quote `q` with its citation on the clipboard.
    pub(crate) fn yank_quote(&mut self, quote: Option<usize>) {
        let Some(q) = quote else {
            self.message = Some("select a quote to copy (n/N in the reader, or a quote in Items)".into());
            return;
        };
        let text = citation(&self.data, q, &self.date_format);
        self.message = Some(format!("copied: {}", truncate_chars(&text, 40)));
        self.clipboard = Some(text);
    }

    /// `o`: the URL of the article in the reader, handed to the browser after the frame.
    fn request_open_url(&mut self) {
        let url = self
            .reader
            .article
            .and_then(|a| self.data.corpus.articles.get(a))
            .and_then(|a| a.url.clone());
        match url {
            Some(u) => {
                self.message = Some(format!("opening {}", truncate_chars(&u, 60)));
                self.open_url = Some(u);
            }
            None => self.message = Some("this article has no URL (it came from a file without one)".into()),
        }
    }
}
