"""Which names of a corpus belong to one entity: a conservative merge.

The unit is a *surface*: a kind and a name as the documents give it ("PER", "И. Петров").
Surfaces are grouped into clusters; every cluster becomes one entity.

People:

- full names agree when the given name and the surname agree after folding (case, "ё",
  dashes, quotes, Latin look-alike letters); a patronymic present in one and absent in the
  other does not matter, unless the corpus has the same given name and surname with two
  different patronymics, and then those stay apart (and the form without one stays on its own);
- names of more than two words without a patronymic ("Мейрид Корриган Магуайр") agree only
  word for word;
- initials ("И. Петров", "К.-Ж. Токаев", "Петров И. И.") join the one full name whose surname
  is the same and whose given name (and patronymic) start with those letters; with two
  candidates or none, they stay on their own;
- a bare surname ("Петров") joins a full name only when exactly one full name of the corpus
  has that surname; a word the dictionary knows as a given name and not as a surname
  ("Борис") joins nothing, not even the same word in another document;
- "Смирнова" and "Смирнов" are different words, so different people;
- different given names are never merged, whatever the surname.

Organizations and places merge when their folded names agree; one written as an organization
in one document and as a place in another ("Россия") is one entity of the more frequent kind.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping

from attrs import frozen

from eventkit.corpus.names import PersonName, fold, initials_of, person_name

# (kind, name as the actor's "name" gives it, scope): the scope is "" or, for a name that
# cannot be compared across documents (a given name alone: "Борис"), the document's index.
Surface = tuple[str, str, str]


@frozen(kw_only=True)
class Cluster:
    """One future entity: a key, its kind, and for an unmerged short form the keys of the
    clusters it could belong to."""

    key: str
    kind: str
    ambiguous: tuple[str, ...] = ()


def merge_surfaces(counts: Mapping[Surface, int]) -> dict[Surface, Cluster]:
    """The cluster of every surface (``counts``: how often each was seen, for the kind vote)."""
    out: dict[Surface, Cluster] = {}
    out.update(_merge_people([s for s in counts if s[0] == "PER"]))
    out.update(_merge_others({s: n for s, n in counts.items() if s[0] != "PER"}))
    return out


def _merge_others(counts: Mapping[Surface, int]) -> dict[Surface, Cluster]:
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for (kind, name, _), n in counts.items():
        votes[fold(name)][kind] += n
    kinds = {key: max(sorted(vote), key=vote.__getitem__) for key, vote in votes.items()}
    return {
        surface: Cluster(key=f"{kinds[fold(name)]}:{fold(name)}", kind=kinds[fold(name)])
        for surface in counts
        for name in (surface[1],)
    }


def _full_key(person: PersonName) -> str:
    if person.patronymic is None and len(person.words) > 2:
        return "PER:" + " ".join(person.words)
    return f"PER:{person.first} {person.last}"


def _merge_people(surfaces: list[Surface]) -> dict[Surface, Cluster]:
    parsed = {surface: person_name(surface[1]) for surface in surfaces}
    out: dict[Surface, Cluster] = {}

    # Full names, grouped by given name and surname; then split by conflicting patronymics.
    groups: dict[str, list[Surface]] = defaultdict(list)
    for surface, person in parsed.items():
        if person.form == "full":
            groups[_full_key(person)].append(surface)
    # key -> (given name, patronymic or None, surname) of every full-name cluster
    clusters: dict[str, PersonName] = {}
    for key, members in groups.items():
        patronymics = {parsed[s].patronymic for s in members} - {None}
        for surface in members:
            person = parsed[surface]
            own = key
            if len(patronymics) > 1:
                own = f"{key} ({person.patronymic or '?'})"
            out[surface] = Cluster(key=own, kind="PER")
            single = next(iter(patronymics)) if len(patronymics) == 1 else person.patronymic
            clusters[own] = PersonName(
                first=person.first, patronymic=single, last=person.last, words=person.words
            )

    by_surname: dict[str, list[str]] = defaultdict(list)
    for key, person in sorted(clusters.items()):
        by_surname[person.last].append(key)

    for surface, person in parsed.items():
        if person.form == "full":
            continue
        own = "PER:" + " ".join(person.words)
        if surface[2]:  # a given name alone joins nothing, not even itself elsewhere
            out[surface] = Cluster(key=f"{own}@{surface[2]}", kind="PER")
            continue
        candidates = by_surname.get(person.last, [])
        if person.form == "initials":
            candidates = [k for k in candidates if _initials_fit(person.initials, clusters[k])]
        if len(candidates) == 1:
            out[surface] = Cluster(key=candidates[0], kind="PER")
        else:
            out[surface] = Cluster(key=own, kind="PER", ambiguous=tuple(candidates))
    return out


def _initials_fit(initials: tuple[str, ...], full: PersonName) -> bool:
    """ "И." fits Иван; "И. И." fits Иван Иванович; "К.-Ж." fits Касым-Жомарт."""
    given = initials_of(full.first or "")
    if initials == given:
        return True
    if full.patronymic is not None and initials == (*given, full.patronymic[0]):
        return True
    return len(initials) == 1 and given[:1] == initials
