//! The explorer's state and how actions change it (Elm-style: `update(&mut App, Action)`).

use crate::corpus::model::ParagraphId;
use crate::corpus::model::{ArticleId, DateRange, Within};
use crate::marks::Store;
use crate::search::Target;
use crate::tui::compare::CompareState;
use crate::tui::data::{Data, MarkKind};
pub use crate::tui::history::{History, Location};
pub use crate::tui::items::ItemRow;
use crate::tui::items::ItemsKey;
use crate::tui::layout::{list_height, rects, tab_labels, Pane, Rects, Shape};
use crate::tui::marks::{self as marking, Book, MarkedState, Prompt, PromptKind};
use crate::tui::person::PersonState;
use crate::tui::reader;
use crate::tui::search_box;
pub use crate::tui::search_box::{Purpose, SearchState, SEARCH_LIMIT};
use crate::tui::theme::Theme;
use crate::tui::timeline::TimelineState;
use ratatui::layout::Rect;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

/// Everything the user can ask for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Quit,
    Up,
    Down,
    Top,
    Bottom,
    HalfUp,
    HalfDown,
    PageUp,
    PageDown,
    NextPane,
    PrevPane,
    Open,
    Back,
    Search,
    Help,
    Dashboard,
    /// The files the loader skipped, with why.
    Skipped,
    NextDistrict,
    PrevDistrict,
    /// The n-th district (0-based), from `1`–`9`.
    District(usize),
    ClearFilter,
    GotoDistrict,
    HistoryBack,
    HistoryForward,
    /// The list column or the reader (a narrow screen shows one at a time).
    SwitchView,
    NextEntity,
    PrevEntity,
    Yank,
    /// `o`: the article's URL to the browser.
    OpenUrl,
    /// `s`: star or unstar the selection.
    Star,
    /// `t`: edit the selection's tags.
    Tag,
    /// `a`: write a note on the selection.
    Note,
    /// `m`: the Marked view.
    Marked,
    /// In the Marked view: the next tag to filter by.
    TagFilter,
    /// Tab in the tag prompt: complete from the tags in use.
    Complete,
    /// `p`: the page of the selected person.
    Person,
    /// `:`: the command line (`:since 2024-01`).
    Command,
    /// `T`: the Timeline.
    Timeline,
    /// `c`: two districts side by side.
    Compare,
    Input(char),
    Backspace,
    ClearInput,
    Resize(u16, u16),
    Click(u16, u16),
    ScrollUp(u16, u16),
    ScrollDown(u16, u16),
    // What one component asks of the others (see [`App::emit`]); no key maps to these.
    /// Show a search target where it lives, remembering where we were.
    GoTo(Target),
    /// The panes show this district (none: all).
    FilterDistrict(Option<String>),
    /// A district picked in the district box for comparing.
    PickToCompare(Purpose, String),
    /// The panes show one district within these dates (Enter on a Timeline month: `2024-08`).
    Narrow(String, DateRange),
}

/// What covers the panes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overlay {
    None,
    Search,
    /// The search box limited to districts (`g`).
    District,
    Help,
    Dashboard,
    /// The files skipped while loading (`w`).
    Skipped,
    /// Everything starred, tagged or annotated (`m`).
    Marked,
    /// The tag or note prompt (`t`, `a`).
    Prompt,
    /// One person's quotes across articles, in date order (`p`).
    Person,
    /// The `:` command line.
    Command,
    /// Per district, articles, quotes and projects per month (`T`).
    Timeline,
    /// Two districts side by side (`c`).
    Compare,
}

/// A selectable list's position.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cursor {
    pub selected: usize,
    pub offset: usize,
}

impl Cursor {
    /// Moves the selection by `delta` rows within a list of `len`, `height` rows shown.
    pub(crate) fn step(&mut self, delta: isize, len: usize, height: usize) {
        self.selected = (self.selected as isize + delta).clamp(0, len.saturating_sub(1) as isize) as usize;
        self.clamp(len, height);
    }

    pub(crate) fn clamp(&mut self, len: usize, height: usize) {
        self.selected = self.selected.min(len.saturating_sub(1));
        if self.selected < self.offset {
            self.offset = self.selected;
        }
        if height > 0 && self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
    }
}

/// The reader's position.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReaderState {
    pub article: Option<usize>,
    pub scroll: usize,
    /// Index into the article's entities of the current one.
    pub entity: Option<usize>,
}

/// The explorer's whole state.
pub struct App {
    pub data: Arc<Data>,
    pub theme: Theme,
    pub pane: Pane,
    /// The list pane (regions, projects or sources) whose selection the item list shows.
    pub last_list: Pane,
    pub overlay: Overlay,
    /// Regions, projects, sources, items.
    pub cursors: [Cursor; 4],
    pub filter: Option<String>,
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
    /// The dashboard's chart metric.
    pub dashboard_metric: usize,
    /// Whether the Regions pane's "also mentioned" node is unfolded.
    pub mentioned_open: bool,
    /// Lines the help is scrolled by (when it is longer than the screen).
    pub help_scroll: usize,
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
    /// The publication dates the panes are narrowed to (`:since`, `:until`).
    pub dates: DateRange,
    /// The articles within [`App::dates`], and the region counts of those articles (none
    /// while every date is shown: the data's own).
    within: Within,
    range_counts: Option<Vec<crate::tui::data::Counts>>,
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
    /// The item list for a selection (see [`App::items`]).
    pub(crate) items_memo: RefCell<Option<(ItemsKey, Rc<Vec<ItemRow>>)>>,
}

pub use crate::corpus::model::{format_date, DEFAULT_DATE_FORMAT};

fn cursor_index(p: Pane) -> Option<usize> {
    match p {
        Pane::Regions => Some(0),
        Pane::Projects => Some(1),
        Pane::Sources => Some(2),
        Pane::Items => Some(3),
        Pane::Reader => None,
    }
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
            cursors: [Cursor::default(); 4],
            filter: None,
            reader: ReaderState::default(),
            search: SearchState::default(),
            history: History::default(),
            message: None,
            clipboard: None,
            open_url: None,
            quit: false,
            area,
            dashboard_metric: 0,
            mentioned_open: false,
            help_scroll: 0,
            // Marks in memory until `set_marks` gives the data folder's (tests never touch it).
            marks: Book::new(Store::in_memory().ok()),
            marked: MarkedState::default(),
            prompt: None,
            prompt_return: Overlay::None,
            person: PersonState::default(),
            dates: DateRange::default(),
            within: Within::all(),
            range_counts: None,
            command: String::new(),
            timeline: TimelineState::default(),
            compare: CompareState::default(),
            keymap: crate::tui::keymap::Keymap::default(),
            date_format: DEFAULT_DATE_FORMAT.to_owned(),
            pending: Default::default(),
            items_memo: RefCell::new(None),
        };
        // Start on the first district, so the panes show something useful.
        if let Some(i) = app
            .visible_regions()
            .iter()
            .position(|&r| app.data.compared.contains(&app.region_name(r)))
        {
            app.cursors[0].selected = i;
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

    /// The division of a tree row; empty for the "also mentioned" node.
    pub(crate) fn region_name(&self, tree_row: usize) -> String {
        self.data.tree[tree_row]
            .region
            .map(|r| self.data.entities.regions[r].name.clone())
            .unwrap_or_default()
    }

    /// Tree rows shown: all (the "also mentioned" places only when their node is open), or
    /// under the district filter (the district, its subregions and the chain above it).
    pub fn visible_regions(&self) -> Vec<usize> {
        (0..self.data.tree.len())
            .filter(|&i| {
                let t = &self.data.tree[i];
                match &self.filter {
                    None => !t.mentioned_only || self.mentioned_open,
                    Some(f) => {
                        let name = self.region_name(i);
                        t.region.is_some() && (self.data.within(&name, f) || self.data.within(f, &name))
                    }
                }
            })
            .collect()
    }

    /// Projects shown (indices into entities.projects).
    pub fn visible_projects(&self) -> Vec<usize> {
        let e = &self.data.entities;
        (0..e.projects.len())
            .filter(|&i| match (&self.filter, &e.projects[i].region) {
                (None, _) => true,
                (Some(f), Some(r)) => self.data.within(r, f),
                (Some(_), None) => false,
            })
            .filter(|&i| self.dates.is_open() || e.projects[i].articles.iter().any(|a| self.in_dates(a)))
            .collect()
    }

    /// Sources shown (indices into data.sources): those with a quote in the district.
    pub fn visible_sources(&self) -> Vec<usize> {
        let e = &self.data.entities;
        (0..self.data.sources.len())
            .filter(|&i| match &self.filter {
                None => true,
                Some(f) => self.data.sources[i].quotes.iter().any(|&q| {
                    e.quotes[q]
                        .region
                        .as_deref()
                        .is_some_and(|r| self.data.within(r, f))
                }),
            })
            .filter(|&i| {
                self.dates.is_open()
                    || self.data.sources[i]
                        .quotes
                        .iter()
                        .any(|&q| self.in_dates(&e.quotes[q].article))
            })
            .collect()
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
        self.cursors[3] = Cursor::default();
        for (ci, pane) in [Pane::Regions, Pane::Projects, Pane::Sources]
            .into_iter()
            .enumerate()
        {
            let len = self.len_of(pane);
            self.cursors[ci].clamp(len, list_height(self.rects().of(pane)));
        }
    }

    /// The list pane whose selection the item list follows.
    pub(crate) fn source_pane(&self) -> Pane {
        self.last_list
    }

    fn len_of(&self, p: Pane) -> usize {
        match p {
            Pane::Regions => self.visible_regions().len(),
            Pane::Projects => self.visible_projects().len(),
            Pane::Sources => self.visible_sources().len(),
            Pane::Items => self.items().len(),
            Pane::Reader => 0,
        }
    }

    fn location(&self) -> Location {
        Location {
            pane: self.pane,
            cursors: self.cursors,
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
        self.cursors = l.cursors;
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

    fn reader_width(&self) -> usize {
        self.reader_rect().width.saturating_sub(2) as usize
    }

    fn reader_height(&self) -> usize {
        list_height(self.reader_rect())
    }

    fn reader_lines(&self) -> Option<reader::Lines> {
        let a = self.reader.article?;
        let glyph = |k: &MarkKind| marking::of_entity(self, a, k).map(crate::marks::Mark::glyph);
        Some(reader::lines(
            &self.data,
            &self.theme,
            a,
            self.reader_width(),
            self.reader.entity,
            &glyph,
            &self.date_format,
        ))
    }

    /// Opens an article in the reader, scrolled to a paragraph (a little context above it).
    pub fn open_article(&mut self, article: usize, paragraph: Option<&ParagraphId>, entity: Option<usize>) {
        self.reader = ReaderState {
            article: Some(article),
            scroll: 0,
            entity,
        };
        if let Some(lines) = self.reader_lines() {
            let line = match (entity, paragraph) {
                (Some(e), _) => lines.entity_line.get(e).copied(),
                (None, Some(p)) => lines
                    .paragraph_line
                    .iter()
                    .find(|(id, _)| id == p)
                    .map(|(_, l)| *l),
                _ => None,
            };
            self.reader.scroll = line.map_or(0, |l| l.saturating_sub(2));
        }
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

    pub(crate) fn move_by(&mut self, delta: isize) {
        let p = self.pane;
        if p == Pane::Reader {
            let max = self.reader_lines().map_or(0, |l| l.lines.len().saturating_sub(1));
            self.reader.scroll = (self.reader.scroll as isize + delta).clamp(0, max as isize) as usize;
            return;
        }
        let Some(ci) = cursor_index(p) else { return };
        let len = self.len_of(p);
        let height = list_height(self.rects().of(p));
        self.cursors[ci].step(delta, len, height);
        if ci < 3 {
            self.cursors[3] = Cursor::default();
        }
    }

    fn page(&self) -> isize {
        let h = if self.pane == Pane::Reader {
            self.reader_height()
        } else {
            list_height(self.rects().of(self.pane))
        };
        h.max(2) as isize
    }

    pub(crate) fn set_filter(&mut self, district: Option<String>) {
        self.push_history();
        // What is selected in each list, to find it again when the filter is cleared.
        let region = self
            .visible_regions()
            .get(self.cursors[0].selected)
            .map(|&r| self.region_name(r));
        let project = self.visible_projects().get(self.cursors[1].selected).copied();
        let source = self.visible_sources().get(self.cursors[2].selected).copied();
        let items = self.cursors[3];
        self.filter = district;
        self.cursors = [Cursor::default(); 4];
        if self.filter.is_none() {
            // `0`/`Esc` after looking at 朝阳区: the selection stays where it was.
            let regions = self.visible_regions();
            let at = [
                region.and_then(|n| regions.iter().position(|&r| self.region_name(r) == n)),
                project.and_then(|p| self.visible_projects().iter().position(|&x| x == p)),
                source.and_then(|s| self.visible_sources().iter().position(|&x| x == s)),
            ];
            for (ci, (pane, i)) in [Pane::Regions, Pane::Projects, Pane::Sources]
                .into_iter()
                .zip(at)
                .enumerate()
            {
                self.cursors[ci].selected = i.unwrap_or(0);
                let len = self.len_of(pane);
                self.cursors[ci].clamp(len, list_height(self.rects().of(pane)));
            }
            if at[cursor_index(self.last_list).unwrap_or(0)].is_some() {
                self.cursors[3] = items;
            }
        }
        if let Some(f) = self.filter.clone() {
            if let Some(i) = self
                .visible_regions()
                .iter()
                .position(|&r| self.region_name(r) == f)
            {
                self.cursors[0].selected = i;
                let h = list_height(self.rects().regions);
                self.cursors[0].clamp(self.visible_regions().len(), h);
            }
            self.last_list = Pane::Regions;
            self.open_first_article();
            self.message = Some(format!("district: {f}"));
        } else {
            self.message = Some("all districts".into());
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
        self.apply(action);
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
        for (i, p) in [Pane::Regions, Pane::Projects, Pane::Sources, Pane::Items]
            .into_iter()
            .enumerate()
        {
            if r.shows(p) {
                let len = self.len_of(p);
                self.cursors[i].clamp(len, list_height(r.of(p)));
            }
        }
    }

    fn apply(&mut self, action: Action) {
        if !matches!(action, Action::Resize(..)) {
            self.message = None;
        }
        self.route(action);
    }

    /// Hands an action to the component in front (an overlay), else to the panes.
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
        match action {
            Action::Quit => self.quit = true,
            Action::Resize(w, h) => self.area = Rect::new(0, 0, w, h),
            Action::SwitchView => {
                if self.pane == Pane::Reader {
                    self.focus(Pane::Items);
                } else {
                    self.pane = Pane::Reader;
                }
            }
            Action::Up => self.move_by(-1),
            Action::Down => self.move_by(1),
            Action::Top => self.move_by(-(isize::MAX / 2)),
            Action::Bottom => self.move_by(isize::MAX / 2),
            Action::HalfUp => self.move_by(-self.page() / 2),
            Action::HalfDown => self.move_by(self.page() / 2),
            Action::PageUp => self.move_by(-self.page()),
            Action::PageDown => self.move_by(self.page()),
            Action::NextPane | Action::PrevPane => {
                let i = Pane::ALL.iter().position(|p| *p == self.pane).unwrap_or(0);
                let n = Pane::ALL.len();
                let j = if action == Action::NextPane {
                    (i + 1) % n
                } else {
                    (i + n - 1) % n
                };
                self.focus(Pane::ALL[j]);
            }
            Action::Open => self.open(),
            Action::Back => {
                if self.pane == Pane::Reader && self.reader.entity.is_some() {
                    self.reader.entity = None;
                } else if self.pane == Pane::Reader || self.pane == Pane::Items {
                    self.focus(if self.pane == Pane::Reader {
                        Pane::Items
                    } else {
                        self.last_list
                    });
                } else if self.filter.is_some() {
                    self.set_filter(None);
                }
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
            Action::NextEntity | Action::PrevEntity => self.cycle_entity(action == Action::NextEntity),
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
            Action::ScrollUp(col, row) | Action::ScrollDown(col, row) => {
                if let Some(p) = self.rects().pane_at(col, row) {
                    let prev = self.pane;
                    self.pane = p;
                    self.move_by(if matches!(action, Action::ScrollUp(..)) {
                        -3
                    } else {
                        3
                    });
                    self.pane = prev;
                }
            }
            Action::GoTo(target) => {
                self.push_history();
                self.go_to(target);
            }
            Action::FilterDistrict(district) => self.set_filter(district),
            Action::PickToCompare(purpose, district) => crate::tui::compare::picked(self, purpose, district),
            Action::Narrow(district, dates) => {
                self.set_filter(Some(district.clone()));
                self.set_dates(dates.clone());
                self.message = Some(format!("district {district} · {}", dates.describe()));
            }
            Action::Input(_)
            | Action::Backspace
            | Action::ClearInput
            | Action::TagFilter
            | Action::Complete => {}
        }
    }

    fn focus(&mut self, p: Pane) {
        self.pane = p;
        if matches!(p, Pane::Regions | Pane::Projects | Pane::Sources) && self.last_list != p {
            self.last_list = p;
            self.cursors[3] = Cursor::default();
        }
    }

    fn open(&mut self) {
        match self.pane {
            Pane::Regions if self.on_mentioned_node() => {
                self.mentioned_open = !self.mentioned_open;
                let len = self.len_of(Pane::Regions);
                self.cursors[0].clamp(len, list_height(self.rects().regions));
            }
            Pane::Regions | Pane::Projects | Pane::Sources => {
                self.last_list = self.pane;
                self.focus(Pane::Items);
            }
            Pane::Items => {
                if let Some(row) = self.items().get(self.cursors[3].selected).cloned() {
                    self.push_history();
                    self.open_row(&row);
                    self.pane = Pane::Reader;
                }
            }
            Pane::Reader => self.jump_to_entity(),
        }
    }

    /// True when the Regions cursor stands on the "also mentioned" node.
    fn on_mentioned_node(&self) -> bool {
        self.visible_regions()
            .get(self.cursors[0].selected)
            .is_some_and(|&r| self.data.tree[r].region.is_none())
    }

    /// Enter on a highlighted entity: show it in its pane.
    fn jump_to_entity(&mut self) {
        let (Some(a), Some(e)) = (self.reader.article, self.reader.entity) else {
            self.message = Some("n/N picks an entity, Enter jumps to it".into());
            return;
        };
        let Some(ent) = reader::entities(&self.data, a).get(e).cloned() else {
            return;
        };
        self.push_history();
        match ent.mark.kind {
            MarkKind::Region(name) => self.select_region(&name),
            MarkKind::Project(p) => self.select_project(p),
            MarkKind::Person(name) => self.select_source(&name),
            MarkKind::Quote(q) => {
                let label = self
                    .data
                    .sources
                    .iter()
                    .find(|s| s.quotes.contains(&q))
                    .map(|s| s.label.clone())
                    .unwrap_or_default();
                self.select_source(&label);
                if let Some(i) = self
                    .data
                    .sources
                    .iter()
                    .find(|s| s.label == label)
                    .and_then(|s| s.quotes.iter().position(|&x| x == q))
                {
                    self.cursors[3].selected = i;
                }
                self.pane = Pane::Items;
            }
        }
    }

    fn select_in(&mut self, pane: Pane, index: Option<usize>) {
        let Some(i) = index else { return };
        let ci = cursor_index(pane).unwrap_or(0);
        self.cursors[ci].selected = i;
        let len = self.len_of(pane);
        self.cursors[ci].clamp(len, list_height(self.rects().of(pane)));
        self.last_list = pane;
        self.cursors[3] = Cursor::default();
        self.pane = pane;
    }

    fn clear_filter_unless(&mut self, keep: bool) {
        if !keep {
            self.filter = None;
        }
    }

    fn select_region(&mut self, name: &str) {
        // 北京市 lives under the folded "also mentioned" node: unfold it to show it.
        if self.data.tree.iter().any(|t| {
            t.mentioned_only
                && t.region
                    .is_some_and(|r| self.data.entities.regions[r].name == name)
        }) {
            self.mentioned_open = true;
        }
        let visible = self
            .visible_regions()
            .iter()
            .any(|&r| self.region_name(r) == name);
        self.clear_filter_unless(visible);
        let i = self
            .visible_regions()
            .iter()
            .position(|&r| self.region_name(r) == name);
        self.select_in(Pane::Regions, i);
    }

    fn select_project(&mut self, p: usize) {
        let visible = self.visible_projects().contains(&p);
        self.clear_filter_unless(visible);
        let i = self.visible_projects().iter().position(|&x| x == p);
        self.select_in(Pane::Projects, i);
    }

    fn select_source(&mut self, label: &str) {
        let find = |app: &App| {
            app.visible_sources()
                .iter()
                .position(|&s| app.data.sources[s].label == label)
        };
        let visible = find(self).is_some();
        self.clear_filter_unless(visible);
        let i = find(self);
        self.select_in(Pane::Sources, i);
    }

    fn cycle_entity(&mut self, forward: bool) {
        let Some(a) = self.reader.article else { return };
        let n = reader::entities(&self.data, a).len();
        if n == 0 {
            self.message = Some("no entities in this article".into());
            return;
        }
        let next = match self.reader.entity {
            Some(e) if forward => (e + 1) % n,
            Some(e) => (e + n - 1) % n,
            None if forward => self.first_entity_from_scroll().unwrap_or(0),
            None => n - 1,
        };
        self.reader.entity = Some(next);
        self.pane = Pane::Reader;
        if let Some(lines) = self.reader_lines() {
            let line = lines.entity_line.get(next).copied().unwrap_or(0);
            let h = self.reader_height().max(1);
            if line < self.reader.scroll || line >= self.reader.scroll + h {
                self.reader.scroll = line.saturating_sub(2);
            }
        }
    }

    fn first_entity_from_scroll(&self) -> Option<usize> {
        let lines = self.reader_lines()?;
        lines.entity_line.iter().position(|&l| l >= self.reader.scroll)
    }

    /// `y`: the current quote with speaker, role, article and date, for the clipboard.
    fn yank(&mut self) {
        let quote = match (self.pane, self.reader.article, self.reader.entity) {
            (Pane::Reader, Some(a), Some(e)) => match reader::entities(&self.data, a)
                .get(e)
                .map(|x| x.mark.kind.clone())
            {
                Some(MarkKind::Quote(q)) => Some(q),
                _ => None,
            },
            (Pane::Items, _, _) => self.items().get(self.cursors[3].selected).and_then(|r| r.quote),
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
        if let Some(ci) = cursor_index(p) {
            let offset = self.cursors[ci].offset;
            let index = offset + row.saturating_sub(r.y + 1) as usize;
            if row > r.y && index < self.len_of(p) {
                self.cursors[ci].selected = index;
                if ci < 3 {
                    self.cursors[3] = Cursor::default();
                }
            }
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
                    self.cursors[3] = Cursor::default();
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

/// `“…” —— 周凯，宽城区副区长，<organisation>（吉林日报《长春市宽城区：…》，2026-03-01，http://…）`:
/// speaker, role, organisation (when the role does not already name it), publication, title,
/// date (in `date_format`, the configuration's) and URL, each when known.
pub fn citation(data: &Data, q: usize, date_format: &str) -> String {
    let quote = &data.entities.quotes[q];
    let article = data.corpus.articles.iter().find(|a| a.id == quote.article);
    let mut who: Vec<&str> = Vec::new();
    who.extend(quote.speaker.as_deref());
    who.extend(quote.role.as_deref());
    if let Some(o) = quote.organization.as_deref() {
        if !quote.role.as_deref().is_some_and(|r| r.contains(o)) {
            who.push(o);
        }
    }
    let who = if who.is_empty() {
        "佚名".to_owned()
    } else {
        who.join("，")
    };
    let publication = article.and_then(|a| a.publication.clone()).unwrap_or_default();
    let title = article.map(|a| a.display_title().to_owned()).unwrap_or_default();
    let date = article
        .and_then(|a| a.date.as_deref())
        .map(|d| format!("，{}", format_date(d, date_format)))
        .unwrap_or_default();
    let url = article
        .and_then(|a| a.url.as_deref())
        .map(|u| format!("，{u}"))
        .unwrap_or_default();
    format!("“{}” —— {who}（{publication}《{title}》{date}{url}）", quote.text)
}

/// Money in 万元/亿元 for display.
pub fn yuan(v: f64) -> String {
    if v >= 1e8 {
        format!("{:.2}亿元", v / 1e8)
    } else if v >= 1e4 {
        format!("{:.0}万元", v / 1e4)
    } else {
        format!("{v:.0}元")
    }
}

/// The first `n` characters, with … when cut.
pub fn truncate_chars(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        s.chars().take(n).chain(std::iter::once('…')).collect()
    }
}
