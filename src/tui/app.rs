//! The explorer's state and how actions change it (Elm-style: `update(&mut App, Action)`).
//! The app holds what every pane shares — the data, focus, the district and date filters,
//! history, marks, the status line — and the components; it routes a key to the overlay in
//! front or the focused pane, and applies the [`Action`]s they hand back. Panes never reach
//! into each other: choosing in one what another shows goes through the app.

use crate::corpus::model::ParagraphId;
use crate::corpus::model::{ArticleId, DateRange, Within};
use crate::marks::Store;
use crate::search::Target;
pub use crate::tui::action::{Action, Overlay};
use crate::tui::compare::CompareState;
use crate::tui::dashboard::DashboardState;
use crate::tui::data::{Data, MarkKind};
pub use crate::tui::format::{citation, truncate_chars, yuan};
use crate::tui::help::HelpState;
pub use crate::tui::history::{History, Location};
pub use crate::tui::items::ItemRow;
use crate::tui::items::{ItemsPane, Selection};
use crate::tui::layout::{list_height, rects, tab_labels, Pane, Rects, Shape};
pub use crate::tui::list::Cursor;
use crate::tui::list::{PaneList, Scope};
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
    within: Within,
    range_counts: Option<Vec<crate::tui::data::Counts>>,
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
            use crate::tui::list::Listing;
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
        use crate::tui::list::Listing;
        self.regions.listing.visible(&self.scope())
    }

    /// Projects shown (indices into entities.projects).
    pub fn visible_projects(&self) -> Vec<usize> {
        use crate::tui::list::Listing;
        self.projects.listing.visible(&self.scope())
    }

    /// Sources shown (indices into data.sources).
    pub fn visible_sources(&self) -> Vec<usize> {
        use crate::tui::list::Listing;
        self.sources.listing.visible(&self.scope())
    }

    /// The selected project, source or item row's position (the reader has none).
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
    fn list(&mut self, p: Pane) -> (Option<&mut dyn PaneList>, Scope<'_>) {
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

    /// Narrows every pane to publication dates (`:since`, `:until`); selections stay in range.
    pub fn set_dates(&mut self, dates: DateRange) {
        self.within = Within::new(&self.data.corpus, &dates);
        self.range_counts = (!dates.is_open()).then(|| self.data.entities.region_counts_within(&self.within));
        self.dates = dates;
        self.item_list.cursor = Cursor::default();
        for pane in [Pane::Regions, Pane::Projects, Pane::Sources] {
            let h = list_height(self.rects().of(pane));
            if let (Some(l), s) = self.list(pane) {
                l.clamp(&s, h);
            }
        }
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
    fn len_of(&mut self, p: Pane) -> usize {
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
    fn lines_of(&self, a: usize, current: Option<usize>) -> reader::Lines {
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

    /// Opens an article in the reader, scrolled to a paragraph (a little context above it).
    pub fn open_article(&mut self, article: usize, paragraph: Option<&ParagraphId>, entity: Option<usize>) {
        let lines = self.lines_of(article, entity);
        self.reader.open(article, paragraph, entity, &lines);
    }

    /// Opens an item row in the reader, its quote (if any) as the current entity.
    fn open_row(&mut self, row: &ItemRow) {
        let entity = row.quote.and_then(|q| {
            reader::entities(&self.data, row.article)
                .iter()
                .position(|e| e.mark.kind == MarkKind::Quote(q))
        });
        self.open_article(row.article, row.paragraph.as_ref(), entity);
    }

    fn open_first_article(&mut self) {
        if let Some(row) = self.items().iter().find(|r| r.badge == "文").cloned() {
            self.open_article(row.article, None, None);
        } else if !self.data.corpus.articles.is_empty() {
            self.open_article(0, None, None);
        }
    }

    /// Narrows the panes to a district (none: all), keeping what can be kept selected.
    pub(crate) fn set_filter(&mut self, district: Option<String>) {
        self.push_history();
        // What is selected in each list, to find it again when the filter is cleared.
        let s = self.scope();
        let region = self.regions.selected_name(&s);
        let project = self.projects.selected(&s);
        let source = self.sources.selected(&s);
        let items = self.item_list.cursor;
        self.filter = district;
        for p in Pane::ALL {
            if let (Some(l), _) = self.list(p) {
                *l.cursor_mut() = Cursor::default();
            }
        }
        self.item_list.cursor = Cursor::default();
        match self.filter.clone() {
            None => {
                // `0`/`Esc` after looking at 朝阳区: the selection stays where it was.
                let s = scope!(self);
                let at = [
                    region.and_then(|n| self.regions.row_of(&s, &n)),
                    project.and_then(|p| self.projects.position(&s, p)),
                    source.and_then(|x| self.sources.position(&s, x)),
                ];
                for (pane, i) in [Pane::Regions, Pane::Projects, Pane::Sources].into_iter().zip(at) {
                    let h = list_height(self.rects().of(pane));
                    if let (Some(l), s) = self.list(pane) {
                        l.select_row(i.unwrap_or(0), &s, h);
                    }
                }
                let kept = match self.last_list {
                    Pane::Projects => at[1],
                    Pane::Sources => at[2],
                    _ => at[0],
                };
                if kept.is_some() {
                    self.item_list.cursor = items;
                }
                self.message = Some("all districts".into());
            }
            Some(f) => {
                if let Some(i) = self.regions.row_of(&scope!(self), &f) {
                    let h = list_height(self.rects().regions);
                    self.regions.select_row(i, &scope!(self), h);
                }
                self.last_list = Pane::Regions;
                self.open_first_article();
                self.message = Some(format!("district: {f}"));
            }
        }
    }

    fn step_district(&mut self, delta: isize) {
        let ds = &self.data.compared;
        if ds.is_empty() {
            return;
        }
        let cur = self.filter.as_ref().and_then(|f| ds.iter().position(|d| d == f));
        let next = match cur {
            Some(i) => (i as isize + delta).rem_euclid(ds.len() as isize) as usize,
            None if delta > 0 => 0,
            None => ds.len() - 1,
        };
        self.set_filter(Some(ds[next].clone()));
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

    fn focus(&mut self, p: Pane) {
        self.pane = p;
        if matches!(p, Pane::Regions | Pane::Projects | Pane::Sources) && self.last_list != p {
            self.last_list = p;
            self.item_list.cursor = Cursor::default();
        }
    }

    /// Enter on an entity picked in the reader: show it in its pane.
    fn show(&mut self, kind: MarkKind) {
        self.push_history();
        match kind {
            MarkKind::Region(name) => self.select_region(&name),
            MarkKind::Project(p) => self.select_project(p),
            MarkKind::Person(name) => self.select_source(&name),
            MarkKind::Quote(q) => {
                // The quote among its source's items.
                let source = self.data.sources.iter().find(|s| s.quotes.contains(&q));
                let label = source.map(|s| s.label.clone()).unwrap_or_default();
                self.select_source(&label);
                let first_of_label = self.data.sources.iter().find(|s| s.label == label);
                if let Some(i) = first_of_label.and_then(|s| s.quotes.iter().position(|&x| x == q)) {
                    self.item_list.cursor.selected = i;
                }
                self.pane = Pane::Items;
            }
        }
    }

    /// Selects row `index` of list pane `pane` and focuses it (the items follow).
    fn select_in(&mut self, pane: Pane, index: Option<usize>) {
        let Some(i) = index else { return };
        let h = list_height(self.rects().of(pane));
        if let (Some(l), s) = self.list(pane) {
            l.select_row(i, &s, h);
        }
        self.last_list = pane;
        self.item_list.cursor = Cursor::default();
        self.pane = pane;
    }

    /// Shows all districts when the district filter hides what is to be shown.
    fn clear_filter_unless(&mut self, shown: bool) {
        if !shown {
            self.filter = None;
        }
    }

    fn select_region(&mut self, name: &str) {
        self.regions.unfold_for(&scope!(self), name);
        let shown = self.regions.row_of(&scope!(self), name).is_some();
        self.clear_filter_unless(shown);
        let i = self.regions.row_of(&scope!(self), name);
        self.select_in(Pane::Regions, i);
    }

    fn select_project(&mut self, p: usize) {
        let shown = self.projects.position(&scope!(self), p).is_some();
        self.clear_filter_unless(shown);
        let i = self.projects.position(&scope!(self), p);
        self.select_in(Pane::Projects, i);
    }

    fn select_source(&mut self, label: &str) {
        let shown = self.sources.row_of(&scope!(self), label).is_some();
        self.clear_filter_unless(shown);
        let i = self.sources.row_of(&scope!(self), label);
        self.select_in(Pane::Sources, i);
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

    fn click(&mut self, col: u16, row: u16) {
        let rects = self.rects();
        let Some(p) = rects.pane_at(col, row) else {
            return;
        };
        // Rows as the user saw them: focusing may reshape a narrow screen's column.
        let r = rects.of(p);
        if row == r.y && rects.shape != Shape::Wide {
            // A click on a tab of the list pane's title shows that list.
            let title = format!("{} ({})", p.title(), self.len_of(p));
            let mut x = r.x + 1;
            for (tab, label) in tab_labels(p, &title) {
                let w = unicode_width::UnicodeWidthStr::width(label.as_str()) as u16;
                if col >= x && col < x + w {
                    self.focus(tab);
                    return;
                }
                x += w + 1;
            }
        }
        self.focus(p);
        if row <= r.y {
            return;
        }
        let line = (row - r.y - 1) as usize;
        let then = match self.list(p) {
            (Some(l), s) => l.click(line, &s),
            (None, _) if p == Pane::Items => {
                let len = self.items().len();
                if let Some(i) = self.item_list.cursor.row_at(line, len) {
                    self.item_list.cursor.selected = i;
                }
                Vec::new()
            }
            (None, _) => Vec::new(),
        };
        for a in then {
            self.emit(a);
        }
    }

    /// The mouse wheel over a pane scrolls it, without focusing it.
    fn wheel(&mut self, col: u16, row: u16, delta: isize) {
        let Some(p) = self.rects().pane_at(col, row) else {
            return;
        };
        let h = list_height(rects(self.area, self.last_list, p).of(p));
        let then = match self.list(p) {
            (Some(l), s) => l.step(delta, &s, h),
            (None, _) if p == Pane::Items => {
                let len = self.items().len();
                self.item_list.cursor.step(delta, len, h);
                Vec::new()
            }
            (None, _) => {
                let lines = self.reader.article.map(|a| self.lines_of(a, self.reader.entity));
                self.reader.scroll_by(delta, lines.as_ref());
                Vec::new()
            }
        };
        for a in then {
            self.emit(a);
        }
    }

    /// Shows a search target where it lives.
    pub fn go_to(&mut self, target: Target) {
        match target {
            Target::Region(n) => self.select_region(&n),
            Target::Project(p) => self.select_project(p),
            Target::Source(s) => {
                // Land on the source's first quote: selected in Items, open in the reader.
                self.select_source(&s);
                if let Some(row) = self.items().first().cloned() {
                    self.item_list.cursor = Cursor::default();
                    self.open_row(&row);
                    self.pane = Pane::Items;
                }
            }
            Target::Quote(q) => {
                let quote = self.data.entities.quotes[q].clone();
                if let Some(a) = self
                    .data
                    .corpus
                    .articles
                    .iter()
                    .position(|x| x.id == quote.article)
                {
                    let entity = reader::entities(&self.data, a)
                        .iter()
                        .position(|e| e.mark.kind == MarkKind::Quote(q));
                    self.open_article(a, Some(&quote.paragraph), entity);
                    self.pane = Pane::Reader;
                }
            }
            Target::Article(id) => {
                if let Some(a) = self.data.corpus.articles.iter().position(|x| x.id == id) {
                    self.open_article(a, None, None);
                    self.pane = Pane::Reader;
                }
            }
            Target::Paragraph(p) => {
                if let Some(a) = self.data.article_of(&p) {
                    self.open_article(a, Some(&p), None);
                    self.pane = Pane::Reader;
                }
            }
        }
    }
}
