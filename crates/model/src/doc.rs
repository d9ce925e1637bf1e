//! One case, one Automerge document: creating, editing, merging and reading conflicts.
//!
//! Every edit is one Automerge change whose message is the id of the user who made it, so that
//! any replica (and HQ) can say who wrote each value. Reading back uses `autosurgeon` to hydrate
//! the typed [`Case`]; where two replicas wrote the same field concurrently, Automerge keeps both
//! values and [`CaseDoc::conflicts`] lists them for a person to resolve.

use automerge::transaction::{CommitOptions, Transactable};
use automerge::{ActorId, AutoCommit, ChangeHash, ObjId, ObjType, Prop, ReadDoc, ScalarValue, Value};
use serde::{Deserialize, Serialize};

use crate::case::Case;
use crate::ids::UserId;
use crate::time::Timestamp;

/// Why a case document could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum DocError {
    /// The bytes are not an Automerge document or change.
    #[error("not a valid case document: {0}")]
    Automerge(#[from] automerge::AutomergeError),
    /// The document does not have the shape of a case.
    #[error("the document is not a case: {0}")]
    Shape(#[from] autosurgeon::HydrateError),
    /// Writing the case into the document failed.
    #[error("could not write the case into the document: {0}")]
    Reconcile(#[from] autosurgeon::ReconcileError),
    /// A conflict path does not lead to a value.
    #[error("no value at {0}")]
    NoSuchPath(String),
}

/// A case as an Automerge document.
///
/// The typed case and its conflicts are cached: an autosave edits a case that is already in
/// memory, and hydrating or walking a long-lived document on every keystroke would dominate
/// its cost. Anything that changes the document from outside a local edit clears the cache.
#[derive(Debug, Clone)]
pub struct CaseDoc {
    doc: AutoCommit,
    case: std::cell::OnceCell<Case>,
    conflicts: Option<Vec<Conflict>>,
}

/// One step of a path into the document.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum PathSeg {
    /// A map key.
    Key(String),
    /// A list index.
    Index(usize),
}

impl PathSeg {
    fn prop(&self) -> Prop {
        match self {
            PathSeg::Key(k) => Prop::Map(k.clone()),
            PathSeg::Index(i) => Prop::Seq(*i),
        }
    }
}

/// A field that two or more replicas wrote concurrently: every value is kept here.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Conflict {
    /// Where in the case (`interview/answers/family.mother_name`).
    pub path: Vec<PathSeg>,
    /// All concurrent values; the first is the one Automerge shows by default.
    pub values: Vec<ConflictValue>,
}

impl Conflict {
    /// The path as text, for display and logs (contains no personal data: keys only).
    pub fn path_string(&self) -> String {
        self.path
            .iter()
            .map(|s| match s {
                PathSeg::Key(k) => k.clone(),
                PathSeg::Index(i) => i.to_string(),
            })
            .collect::<Vec<_>>()
            .join("/")
    }
}

/// One of the concurrent values of a conflict, with who wrote it and when.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConflictValue {
    /// The value, as JSON (objects in full).
    pub value: serde_json::Value,
    /// The user whose edit wrote it, when known.
    pub written_by: Option<UserId>,
    /// When the edit was made (ms since epoch).
    pub written_at: Option<Timestamp>,
    /// The change that wrote it: HQ looks up which device sent it, since the author is only
    /// what that device claimed. Not sent to the UI.
    #[serde(skip)]
    #[cfg_attr(feature = "specta", specta(skip))]
    pub change: Option<automerge::ChangeHash>,
}

impl CaseDoc {
    /// A new document holding `case`, written by `by` as the first change.
    pub fn create(case: &Case, actor: ActorId, by: &UserId, at: Timestamp) -> Result<Self, DocError> {
        let mut doc = AutoCommit::new().with_actor(actor);
        autosurgeon::reconcile(&mut doc, case)?;
        doc.commit_with(commit_options(by, at));
        Ok(Self::from_automerge(doc))
    }

    /// Loads a saved document (a snapshot, possibly followed by incremental changes).
    pub fn load(bytes: &[u8], actor: ActorId) -> Result<Self, DocError> {
        let doc = AutoCommit::load(bytes)?.with_actor(actor);
        Ok(Self::from_automerge(doc))
    }

    /// Wraps an Automerge document (e.g. one received by sync).
    pub fn from_automerge(doc: AutoCommit) -> Self {
        Self { doc, case: std::cell::OnceCell::new(), conflicts: None }
    }

    /// Forgets the cached case and conflicts after the document changed from outside.
    fn changed_externally(&mut self) {
        self.case = std::cell::OnceCell::new();
        self.conflicts = None;
    }

    /// The typed case.
    pub fn case(&self) -> Result<Case, DocError> {
        self.case_ref().cloned()
    }

    /// The typed case, borrowed: projections on every autosave read it without a copy.
    pub fn case_ref(&self) -> Result<&Case, DocError> {
        if let Some(case) = self.case.get() {
            return Ok(case);
        }
        let case: Case = autosurgeon::hydrate(&self.doc)?;
        Ok(self.case.get_or_init(|| case))
    }

    /// Applies `edit` to the case and records the difference as one change by `by` at `at`.
    ///
    /// Returns the bytes of the new change, or `None` when the edit changed nothing (so no
    /// empty change is stored or synced).
    pub fn edit<F>(&mut self, by: &UserId, at: Timestamp, edit: F) -> Result<Option<Vec<u8>>, DocError>
    where
        F: FnOnce(&mut Case),
    {
        let before = self.case()?;
        let mut case = before.clone();
        edit(&mut case);
        if case == before {
            return Ok(None);
        }
        if let Err(e) = reconcile_changes(&mut self.doc, &before, &case) {
            self.doc.rollback();
            return Err(e);
        }
        let change = self.commit(by, at);
        if change.is_some() {
            self.case = std::cell::OnceCell::from(case);
            // A local edit can settle a conflict but never create one.
            if self.conflicts.as_ref().is_some_and(|c| !c.is_empty()) {
                self.conflicts = None;
            }
        }
        Ok(change)
    }

    fn commit(&mut self, by: &UserId, at: Timestamp) -> Option<Vec<u8>> {
        self.doc.commit_with(commit_options(by, at))?;
        self.doc.get_last_local_change().map(|c| c.raw_bytes().to_vec())
    }

    /// Applies changes or a saved document received from elsewhere. Applying a change twice is
    /// a no-op, which makes sync retries safe.
    pub fn apply(&mut self, bytes: &[u8]) -> Result<(), DocError> {
        let result = self.doc.load_incremental(bytes);
        self.changed_externally();
        result?;
        Ok(())
    }

    /// Merges another replica of the same case into this one.
    pub fn merge(&mut self, other: &mut CaseDoc) -> Result<(), DocError> {
        let result = self.doc.merge(&mut other.doc);
        self.changed_externally();
        result?;
        Ok(())
    }

    /// A compact snapshot of the whole document.
    pub fn save(&mut self) -> Vec<u8> {
        self.doc.save()
    }

    /// The current heads (hashes of the latest changes).
    pub fn heads(&mut self) -> Vec<ChangeHash> {
        self.doc.get_heads()
    }

    /// Read access to the underlying Automerge document (sync needs it).
    pub fn automerge(&mut self) -> &mut AutoCommit {
        self.changed_externally();
        &mut self.doc
    }

    /// A copy of this document that writes as another actor (another device or test replica).
    pub fn fork(&mut self, actor: ActorId) -> CaseDoc {
        CaseDoc::from_automerge(self.doc.fork().with_actor(actor))
    }

    /// Every field with more than one concurrent value, with all its values and their authors.
    pub fn conflicts(&mut self) -> Vec<Conflict> {
        self.conflicts_ref().to_vec()
    }

    /// How many fields are in conflict, without copying their values (the case list shows the
    /// count after every autosave).
    pub fn conflict_count(&mut self) -> usize {
        self.conflicts_ref().len()
    }

    fn conflicts_ref(&mut self) -> &[Conflict] {
        if self.conflicts.is_none() {
            let mut walk = ConflictWalk { doc: self.doc.document(), changes: None, found: Vec::new() };
            walk.visit(&automerge::ROOT, &mut Vec::new());
            self.conflicts = Some(walk.found);
        }
        self.conflicts.as_deref().unwrap_or_default()
    }

    /// Resolves a conflict by writing `chosen` at `path` as a new change by `by`: the new value
    /// supersedes every concurrent one and syncs like any edit.
    pub fn resolve(
        &mut self,
        path: &[PathSeg],
        chosen: &serde_json::Value,
        by: &UserId,
        at: Timestamp,
    ) -> Result<Option<Vec<u8>>, DocError> {
        let (last, parents) = path.split_last().ok_or_else(|| DocError::NoSuchPath(String::new()))?;
        let mut obj = automerge::ROOT;
        for seg in parents {
            obj = match self.doc.get(&obj, seg.prop())? {
                Some((Value::Object(_), id)) => id,
                _ => return Err(DocError::NoSuchPath(format!("{seg:?}"))),
            };
        }
        // A value that does not fit the case (a bad request) must not make the case unreadable,
        // and nothing half-written may ride along with the next edit.
        let written = put_json(&mut self.doc, &obj, last.prop(), chosen)
            .and_then(|()| autosurgeon::hydrate::<_, Case>(&self.doc).map(drop).map_err(DocError::from));
        if let Err(e) = written {
            self.doc.rollback();
            return Err(e);
        }
        let change = self.commit(by, at);
        self.changed_externally();
        Ok(change)
    }
}

/// Writes the parts of `after` that differ from `before` (the document's current state).
///
/// Reconciling the whole case reads every field of the document, and reads get slower as a
/// case's history grows; an autosave touches one answer, so only what changed is reconciled.
/// The result is the same document as a full reconcile would give.
fn reconcile_changes(doc: &mut AutoCommit, before: &Case, after: &Case) -> Result<(), DocError> {
    macro_rules! fields {
        ($($name:ident),*) => {$(
            if before.$name != after.$name {
                autosurgeon::reconcile_prop(doc, automerge::ROOT, stringify!($name), &after.$name)?;
            }
        )*};
    }
    fields!(
        schema,
        id,
        code,
        site,
        opened,
        registration,
        consents,
        age_assessments,
        tracing,
        screening,
        referrals,
        follow_ups,
        transfers,
        status
    );
    let (b, a) = (&before.interview, &after.interview);
    if b == a {
        return Ok(());
    }
    let answers_obj = doc
        .get(automerge::ROOT, "interview")?
        .and_then(|(_, interview)| doc.get(&interview, "answers").ok().flatten())
        .map(|(_, answers)| answers);
    let only_answers = b.template_id == a.template_id
        && b.template_version == a.template_version
        && b.sittings == a.sittings;
    match answers_obj {
        Some(answers) if only_answers => {
            for (question, answer) in &a.answers {
                if b.answers.get(question) != Some(answer) {
                    autosurgeon::reconcile_prop(doc, &answers, question.as_str(), answer)?;
                }
            }
            for question in b.answers.keys().filter(|q| !a.answers.contains_key(*q)) {
                doc.delete(&answers, question.as_str())?;
            }
        }
        _ => autosurgeon::reconcile_prop(doc, automerge::ROOT, "interview", a)?,
    }
    Ok(())
}

fn commit_options(by: &UserId, at: Timestamp) -> CommitOptions {
    CommitOptions::default().with_message(by.as_str()).with_time(at.0)
}

/// Depth-first search for fields with several values. The change list (to name authors) is
/// read only once a conflict is found: most documents have none.
struct ConflictWalk<'a> {
    doc: &'a automerge::Automerge,
    changes: Option<Vec<automerge::Change>>,
    found: Vec<Conflict>,
}

impl ConflictWalk<'_> {
    fn visit(&mut self, obj: &ObjId, path: &mut Vec<PathSeg>) {
        let doc = self.doc;
        let props: Vec<PathSeg> = match doc.object_type(obj) {
            Ok(ObjType::Map | ObjType::Table) => doc.keys(obj).map(PathSeg::Key).collect(),
            Ok(ObjType::List) => (0..doc.length(obj)).map(PathSeg::Index).collect(),
            _ => return,
        };
        for seg in props {
            let prop = seg.prop();
            let Ok(all) = doc.get_all(obj, prop.clone()) else { continue };
            path.push(seg);
            if all.len() > 1 {
                // `get` returns the last of `get_all`: list the shown value first.
                let values = all
                    .iter()
                    .rev()
                    .map(|(v, id)| {
                        let author = self.author_of(id);
                        ConflictValue {
                            value: value_to_json(doc, v, id),
                            written_by: author.as_ref().map(|(u, _, _)| u.clone()),
                            written_at: author.as_ref().map(|(_, t, _)| *t),
                            change: author.map(|(_, _, c)| c),
                        }
                    })
                    .collect();
                self.found.push(Conflict { path: path.clone(), values });
            }
            if let Ok(Some((Value::Object(_), child))) = doc.get(obj, prop) {
                self.visit(&child, path);
            }
            path.pop();
        }
    }

    /// The user, time and hash of the change that made operation `id`.
    fn author_of(&mut self, id: &ObjId) -> Option<(UserId, Timestamp, automerge::ChangeHash)> {
        let ObjId::Id(counter, actor, _) = id else { return None };
        let doc = self.doc;
        let changes = self.changes.get_or_insert_with(|| doc.get_changes(&[]));
        changes.iter().find_map(|c| {
            let start = c.start_op().get();
            let len = u64::try_from(c.len()).unwrap_or(u64::MAX);
            let inside = c.actor_id() == actor && *counter >= start && *counter < start.saturating_add(len);
            inside.then(|| (UserId::new(c.message().unwrap_or_default()), Timestamp(c.timestamp()), c.hash()))
        })
    }
}

/// A document value as JSON, objects recursively.
pub fn value_to_json(doc: &automerge::Automerge, value: &Value<'_>, id: &ObjId) -> serde_json::Value {
    use serde_json::Value as J;
    match value {
        Value::Scalar(s) => match s.as_ref() {
            ScalarValue::Null => J::Null,
            ScalarValue::Boolean(b) => J::Bool(*b),
            ScalarValue::Str(s) => J::String(s.to_string()),
            ScalarValue::Int(i) => J::from(*i),
            ScalarValue::Uint(u) => J::from(*u),
            ScalarValue::F64(f) => serde_json::Number::from_f64(*f).map_or(J::Null, J::Number),
            ScalarValue::Counter(c) => J::from(i64::from(c)),
            ScalarValue::Timestamp(t) => J::from(*t),
            ScalarValue::Bytes(b) => J::Array(b.iter().map(|x| J::from(*x)).collect()),
            ScalarValue::Unknown { .. } => J::Null,
        },
        Value::Object(ObjType::Map | ObjType::Table) => {
            let mut map = serde_json::Map::new();
            for key in doc.keys(id) {
                if let Ok(Some((v, child))) = doc.get(id, key.as_str()) {
                    map.insert(key.clone(), value_to_json(doc, &v, &child));
                }
            }
            J::Object(map)
        }
        Value::Object(ObjType::List) => J::Array(
            (0..doc.length(id))
                .filter_map(|i| doc.get(id, i).ok().flatten())
                .map(|(v, child)| value_to_json(doc, &v, &child))
                .collect(),
        ),
        Value::Object(ObjType::Text) => J::String(doc.text(id).unwrap_or_default()),
    }
}

/// Writes a JSON value at `prop` of `obj`, creating objects as needed.
fn put_json(
    doc: &mut AutoCommit,
    obj: &ObjId,
    prop: Prop,
    value: &serde_json::Value,
) -> Result<(), DocError> {
    use serde_json::Value as J;
    match value {
        J::Object(map) => {
            let child = doc.put_object(obj, prop, ObjType::Map)?;
            for (k, v) in map {
                put_json(doc, &child, Prop::Map(k.clone()), v)?;
            }
        }
        J::Array(items) => {
            let child = doc.put_object(obj, prop, ObjType::List)?;
            for (i, v) in items.iter().enumerate() {
                insert_json(doc, &child, i, v)?;
            }
        }
        scalar => doc.put(obj, prop, json_scalar(scalar))?,
    }
    Ok(())
}

fn insert_json(
    doc: &mut AutoCommit,
    list: &ObjId,
    index: usize,
    value: &serde_json::Value,
) -> Result<(), DocError> {
    use serde_json::Value as J;
    match value {
        J::Object(_) | J::Array(_) => {
            let kind = if value.is_object() { ObjType::Map } else { ObjType::List };
            let child = doc.insert_object(list, index, kind)?;
            match value {
                J::Object(map) => {
                    for (k, v) in map {
                        put_json(doc, &child, Prop::Map(k.clone()), v)?;
                    }
                }
                J::Array(items) => {
                    for (i, v) in items.iter().enumerate() {
                        insert_json(doc, &child, i, v)?;
                    }
                }
                _ => {}
            }
        }
        scalar => doc.insert(list, index, json_scalar(scalar))?,
    }
    Ok(())
}

fn json_scalar(value: &serde_json::Value) -> ScalarValue {
    use serde_json::Value as J;
    match value {
        J::Bool(b) => ScalarValue::Boolean(*b),
        J::Number(n) => n
            .as_i64()
            .map(ScalarValue::Int)
            .or_else(|| n.as_u64().map(ScalarValue::Uint))
            .unwrap_or_else(|| ScalarValue::F64(n.as_f64().unwrap_or(0.0))),
        J::String(s) => ScalarValue::Str(s.as_str().into()),
        _ => ScalarValue::Null,
    }
}
