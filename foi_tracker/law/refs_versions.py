"""Readers for the `versions` list of a legal_refs file: law, counting rule, periods, grounds."""

from collections.abc import Mapping
from itertools import pairwise
from types import MappingProxyType

from foi_tracker.law.grounds import RefusalGround, RefusalGroundRef
from foi_tracker.law.periods import CountedFrom, Notice, Period, PeriodName, PeriodUnit
from foi_tracker.law.refs import ArticleRef, CountingRule, LawVersion
from foi_tracker.law.refs_fields import KEY_PATTERN, FieldReader, describe


class VersionReader(FieldReader):
    """Validating reader for the law versions of one jurisdiction file."""

    def versions(self, value: object) -> tuple[LawVersion, ...]:
        if not isinstance(value, list) or not value:
            self.fail("versions", "must be a non-empty list of law versions")

        versions = tuple(self.version(item, index) for index, item in enumerate(value))
        for earlier, later in pairwise(versions):
            if later.in_force_from <= earlier.in_force_from:
                self.fail(
                    f"versions[{later.index}].in_force_from",
                    f"versions must be in ascending order of in_force_from; "
                    f"{later.in_force_from.isoformat()} is not after {earlier.in_force_from.isoformat()}",
                )

        return versions

    def version(self, value: object, index: int) -> LawVersion:
        path = f"versions[{index}]"
        fields = self.mapping(
            value,
            path,
            {"in_force_from", "law", "counting", "articles", "periods", "refusal_grounds"},
            frozenset({"note", "omitted_periods", "refusal_grounds_note"}),
        )
        law = self.mapping(
            fields["law"], f"{path}.law", {"title_local", "title_en", "citation", "gazette", "sources"}
        )
        periods = self.periods(fields["periods"], f"{path}.periods")
        omitted = self.omitted_periods(fields.get("omitted_periods", {}), f"{path}.omitted_periods")

        for name in omitted:
            if name in periods:
                self.fail(f"{path}.omitted_periods.{name.value}", "period is both defined and omitted")

        for name in PeriodName:
            if name not in periods and name not in omitted:
                self.fail(
                    f"{path}.periods.{name.value}",
                    "missing: define the period, or list it under omitted_periods with the reason",
                )

        grounds = self.refusal_grounds(fields["refusal_grounds"], f"{path}.refusal_grounds")
        grounds_note = self.optional_text(fields.get("refusal_grounds_note"), f"{path}.refusal_grounds_note")
        if not grounds and grounds_note is None:
            self.fail(
                f"{path}.refusal_grounds_note",
                "required when refusal_grounds is empty: say why the grounds are not listed",
            )

        return LawVersion(
            in_force_from=self.day(fields["in_force_from"], f"{path}.in_force_from"),
            law_title_local=self.text(law["title_local"], f"{path}.law.title_local"),
            law_title_en=self.text(law["title_en"], f"{path}.law.title_en"),
            law_citation=self.text(law["citation"], f"{path}.law.citation"),
            law_gazette=self.text(law["gazette"], f"{path}.law.gazette"),
            law_sources=self.sources(law["sources"], f"{path}.law.sources"),
            counting=self.counting(fields["counting"], f"{path}.counting"),
            articles=self.articles(fields["articles"], f"{path}.articles"),
            periods=periods,
            omitted_periods=MappingProxyType(omitted),
            refusal_grounds=grounds,
            refusal_grounds_note=grounds_note,
            note=self.optional_text(fields.get("note"), f"{path}.note"),
            index=index,
        )

    def counting(self, value: object, path: str) -> CountingRule:
        fields = self.mapping(
            value,
            path,
            {"act", "article", "day_after_event", "rolls_to_working_day", "confirmed", "sources"},
            frozenset({"note", "last_day_excluded"}),
        )
        confirmed, note = self.confirmation(fields, path)

        return CountingRule(
            act=self.text(fields["act"], f"{path}.act"),
            article=self.optional_text(fields["article"], f"{path}.article"),
            day_after_event=self.flag(fields["day_after_event"], f"{path}.day_after_event"),
            rolls_to_working_day=self.flag(fields["rolls_to_working_day"], f"{path}.rolls_to_working_day"),
            last_day_excluded=self.flag(fields.get("last_day_excluded", False), f"{path}.last_day_excluded"),
            confirmed=confirmed,
            note=note,
            sources=self.sources(fields["sources"], f"{path}.sources"),
        )

    def articles(self, value: object, path: str) -> Mapping[str, ArticleRef]:
        if not isinstance(value, dict):
            self.fail(path, f"must be a mapping of article keys, got {describe(value)}")

        articles: dict[str, ArticleRef] = {}
        for key, item in value.items():
            item_path = f"{path}.{key}"
            if not isinstance(key, str) or not KEY_PATTERN.match(key):
                self.fail(item_path, "article keys must be lower-case snake_case words")

            fields = self.mapping(item, item_path, {"article", "confirmed", "sources"}, frozenset({"note"}))
            confirmed, note = self.confirmation(fields, item_path)
            articles[key] = ArticleRef(
                key=key,
                article=self.optional_text(fields["article"], f"{item_path}.article"),
                confirmed=confirmed,
                note=note,
                sources=self.sources(fields["sources"], f"{item_path}.sources"),
            )

        return MappingProxyType(articles)

    def periods(self, value: object, path: str) -> Mapping[PeriodName, Period]:
        if not isinstance(value, dict):
            self.fail(path, f"must be a mapping of period names, got {describe(value)}")

        periods: dict[PeriodName, Period] = {}
        for key, item in value.items():
            name = self.member(PeriodName, key, f"{path}.{key}")
            periods[name] = self.period(name, item, f"{path}.{key}")

        for name, period in periods.items():
            if period.counted_from is CountedFrom.ORIGINAL_DUE and PeriodName.REPLY not in periods:
                self.fail(
                    f"{path}.{name.value}.counted_from", "original_due needs a reply period in the same version"
                )

        return MappingProxyType(periods)

    def period(self, name: PeriodName, value: object, path: str) -> Period:
        fields = self.mapping(
            value,
            path,
            {"length", "unit", "counted_from", "article", "confirmed", "sources"},
            frozenset({"note", "notice"}),
        )
        confirmed, note = self.confirmation(fields, path)
        unit = self.member(PeriodUnit, fields["unit"], f"{path}.unit")
        counted_from = self.member(CountedFrom, fields["counted_from"], f"{path}.counted_from")
        if name is PeriodName.REPLY and counted_from is CountedFrom.ORIGINAL_DUE:
            self.fail(f"{path}.counted_from", "the reply period cannot be counted from its own due date")

        if unit is PeriodUnit.HOURS and counted_from is CountedFrom.ORIGINAL_DUE:
            self.fail(f"{path}.counted_from", "an hours period must start at an event, not at a due date")

        notice = None
        if fields.get("notice") is not None:
            notice = self.notice(fields["notice"], f"{path}.notice")

        return Period(
            name=name,
            length=self.positive_int(fields["length"], f"{path}.length"),
            unit=unit,
            counted_from=counted_from,
            article=self.optional_text(fields["article"], f"{path}.article"),
            confirmed=confirmed,
            note=note,
            sources=self.sources(fields["sources"], f"{path}.sources"),
            notice=notice,
        )

    def notice(self, value: object, path: str) -> Notice:
        fields = self.mapping(
            value,
            path,
            {"within_days", "counted_from", "article", "confirmed", "sources"},
            frozenset({"note"}),
        )
        confirmed, note = self.confirmation(fields, path)

        return Notice(
            within_days=self.positive_int(fields["within_days"], f"{path}.within_days"),
            counted_from=self.member(CountedFrom, fields["counted_from"], f"{path}.counted_from"),
            article=self.optional_text(fields["article"], f"{path}.article"),
            confirmed=confirmed,
            note=note,
            sources=self.sources(fields["sources"], f"{path}.sources"),
        )

    def omitted_periods(self, value: object, path: str) -> dict[PeriodName, str]:
        if not isinstance(value, dict):
            self.fail(path, f"must map a period name to the reason it is omitted, got {describe(value)}")

        omitted: dict[PeriodName, str] = {}
        for key, reason in value.items():
            name = self.member(PeriodName, key, f"{path}.{key}")
            omitted[name] = self.text(reason, f"{path}.{key}")

        return omitted

    def refusal_grounds(self, value: object, path: str) -> tuple[RefusalGroundRef, ...]:
        if not isinstance(value, list):
            self.fail(path, f"must be a list of refusal grounds (may be empty), got {describe(value)}")

        grounds: list[RefusalGroundRef] = []
        first_index: dict[RefusalGround, int] = {}
        for index, item in enumerate(value):
            item_path = f"{path}[{index}]"
            fields = self.mapping(
                item,
                item_path,
                {"code", "label_local", "label_en", "article", "confirmed", "sources"},
                frozenset({"note"}),
            )
            code = self.member(RefusalGround, fields["code"], f"{item_path}.code")
            if code in first_index:
                self.fail(
                    f"{item_path}.code",
                    f"duplicate ground {code.value!r}, already at {path}[{first_index[code]}]; "
                    "describe every article of one ground in a single entry",
                )

            first_index[code] = index
            confirmed, note = self.confirmation(fields, item_path)
            grounds.append(
                RefusalGroundRef(
                    code=code,
                    label_local=self.text(fields["label_local"], f"{item_path}.label_local"),
                    label_en=self.text(fields["label_en"], f"{item_path}.label_en"),
                    article=self.optional_text(fields["article"], f"{item_path}.article"),
                    confirmed=confirmed,
                    note=note,
                    sources=self.sources(fields["sources"], f"{item_path}.sources"),
                )
            )

        return tuple(grounds)
