"""Compare WorkingCalendar.add_working_days with the `holidays` package's get_nth_working_day.

Usage, from the repository root:

    .venv/bin/python benchmarks/bench_working_days.py [--inputs N] [--repeats N] [--seed N]

Both sides compute the count-th working day after a start date for the same
generated inputs. The holidays side gets holiday tables built beforehand for every
year the inputs reach, and the engine gets its working-day indexes built by one
untimed warm-up pass. The script prints the best time of each side over the
repeats, the speed ratio and the machine, and exits with status 1 if any of the
results differ.
"""

import argparse
import platform
import random
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from importlib.metadata import version
from pathlib import Path

import holidays

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY))

from foi_tracker.law import WorkingCalendar  # noqa: E402
from foi_tracker.law.calendar import holidays_in_year, working_day_index  # noqa: E402

FIRST_START = date(2025, 1, 1)
LAST_START = date(2028, 12, 31)
MAX_COUNT = 60
# 60 working days after 31 Dec 2028 end in 2029, so both sides need that year too.
YEARS = range(FIRST_START.year, LAST_START.year + 2)
# Speed-up over get_nth_working_day that the engine is expected to reach.
TARGET_RATIO = 20.0
WEEKEND = frozenset({5, 6})  # date.weekday() numbers of Saturday and Sunday


@dataclass(frozen=True)
class Jurisdiction:
    """Calendar settings shared by both sides of the comparison."""

    code: str
    country: str
    subdivision: str | None
    non_working_weekdays: frozenset[int]


@dataclass(frozen=True)
class Case:
    """One input: the count-th working day after ``start_on`` in jurisdiction ``code``."""

    code: str
    start_on: date
    count: int


def list_jurisdictions() -> list[Jurisdiction]:
    """Return HR, RS and BA, and AL if the installed `holidays` package has it.

    HR, RS and BA copy the calendar blocks of legal_refs/HR.yaml, RS.yaml and BA.yaml:
    national holidays, no subdivision, Saturday and Sunday off. AL has no legal_refs
    file, so it gets the same settings.
    """
    codes = ["HR", "RS", "BA"]
    if "AL" in holidays.list_supported_countries():
        codes.append("AL")

    return [Jurisdiction(code, code, None, WEEKEND) for code in codes]


def generate_cases(codes: Sequence[str], size: int, seed: int) -> list[Case]:
    """Draw ``size`` inputs with a fixed seed, so every run measures the same work."""
    # Benchmark inputs, not secrets: a seeded generator is what makes them repeatable.
    generator = random.Random(seed)  # noqa: S311
    span_days = (LAST_START - FIRST_START).days

    return [
        Case(
            code=generator.choice(codes),
            start_on=FIRST_START + timedelta(days=generator.randint(0, span_days)),
            count=generator.randint(1, MAX_COUNT),
        )
        for _ in range(size)
    ]


def build_holiday_tables(jurisdictions: Sequence[Jurisdiction]) -> dict[str, holidays.HolidayBase]:
    """Build one holidays object per jurisdiction for all years, with the jurisdiction's weekend."""
    tables: dict[str, holidays.HolidayBase] = {}
    for jurisdiction in jurisdictions:
        table = holidays.country_holidays(jurisdiction.country, subdiv=jurisdiction.subdivision, years=YEARS)
        # get_nth_working_day skips the package's weekend for the country, so set it to
        # the weekend that the engine uses.
        table.weekend = set(jurisdiction.non_working_weekdays)
        tables[jurisdiction.code] = table

    return tables


def build_calendars(jurisdictions: Sequence[Jurisdiction]) -> dict[str, WorkingCalendar]:
    """Build one WorkingCalendar per jurisdiction, without extra non-working days."""
    return {
        jurisdiction.code: WorkingCalendar(
            jurisdiction.country, jurisdiction.subdivision, jurisdiction.non_working_weekdays
        )
        for jurisdiction in jurisdictions
    }


def run_engine(calendars: dict[str, WorkingCalendar], cases: Sequence[Case]) -> list[date]:
    """Compute every case with one calendar per jurisdiction, built before the timed runs."""
    return [calendars[case.code].add_working_days(case.start_on, case.count) for case in cases]


def run_engine_new_calendar(jurisdictions: dict[str, Jurisdiction], cases: Sequence[Case]) -> list[date]:
    """Compute every case with a new WorkingCalendar each time, as compute_deadline does by default."""
    results: list[date] = []
    for case in cases:
        jurisdiction = jurisdictions[case.code]
        calendar = WorkingCalendar(
            jurisdiction.country, jurisdiction.subdivision, jurisdiction.non_working_weekdays
        )
        results.append(calendar.add_working_days(case.start_on, case.count))

    return results


def run_holidays_package(tables: dict[str, holidays.HolidayBase], cases: Sequence[Case]) -> list[date]:
    """Compute every case with get_nth_working_day of the `holidays` package."""
    return [tables[case.code].get_nth_working_day(case.start_on, case.count) for case in cases]


def time_best(run: Callable[[], list[date]], repeats: int) -> tuple[float, list[date]]:
    """Return the fastest of ``repeats`` runs in seconds, and the results of the last run."""
    best = float("inf")
    results: list[date] = []
    for _ in range(repeats):
        started = time.perf_counter()
        results = run()
        best = min(best, time.perf_counter() - started)

    return best, results


def time_cold_index(jurisdictions: Sequence[Jurisdiction]) -> float:
    """Time building the engine's indexes for all years and jurisdictions from empty caches.

    The time includes building the holiday tables that the indexes read, because
    holidays_in_year caches those too and is cleared here.
    """
    working_day_index.cache_clear()
    holidays_in_year.cache_clear()

    started = time.perf_counter()
    for calendar in build_calendars(jurisdictions).values():
        for year in YEARS:
            calendar.index.year(year)

    return time.perf_counter() - started


def read_cpu_model() -> str:
    """Return the CPU model name from /proc/cpuinfo, or the platform's processor string."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass  # not Linux: fall back to what the platform module reports

    return platform.processor() or "unknown"


def find_mismatches(cases: Sequence[Case], engine: Sequence[date], package: Sequence[date]) -> list[str]:
    """Describe each case on which the two sides disagree."""
    return [
        f"{case.code} {case.start_on.isoformat()} + {case.count}: engine {ours.isoformat()}, "
        f"holidays {theirs.isoformat()}"
        for case, ours, theirs in zip(cases, engine, package, strict=True)
        if ours != theirs
    ]


def parse_arguments() -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--inputs", type=int, default=20_000, help="number of generated inputs (default 20000)"
    )
    parser.add_argument(
        "--repeats",
        type=int,
        default=7,
        help="timed runs of each side, of which the fastest is reported (default 7)",
    )
    parser.add_argument(
        "--seed", type=int, default=20250101, help="seed of the input generator (default 20250101)"
    )
    return parser.parse_args()


def main() -> int:
    """Run the comparison, print the figures and return the exit status."""
    arguments = parse_arguments()
    jurisdictions = list_jurisdictions()
    by_code = {jurisdiction.code: jurisdiction for jurisdiction in jurisdictions}
    cases = generate_cases(list(by_code), arguments.inputs, arguments.seed)

    cold_index_seconds = time_cold_index(jurisdictions)
    tables = build_holiday_tables(jurisdictions)
    calendars = build_calendars(jurisdictions)
    run_engine(calendars, cases)  # warm-up, so no timed run builds an index

    engine_seconds, engine_results = time_best(lambda: run_engine(calendars, cases), arguments.repeats)
    new_calendar_seconds, new_calendar_results = time_best(
        lambda: run_engine_new_calendar(by_code, cases), arguments.repeats
    )
    package_seconds, package_results = time_best(
        lambda: run_holidays_package(tables, cases), arguments.repeats
    )

    ratio = package_seconds / engine_seconds
    print(f"Python {platform.python_version()}, holidays {version('holidays')}, CPU {read_cpu_model()}")
    print(
        f"{len(cases)} inputs over {', '.join(by_code)}; starts {FIRST_START}..{LAST_START}; "
        f"counts 1..{MAX_COUNT}; seed {arguments.seed}; best of {arguments.repeats} runs"
    )
    print(f"engine, calendars built once:     {engine_seconds * 1000:9.2f} ms")
    print(f"engine, new calendar per input:   {new_calendar_seconds * 1000:9.2f} ms")
    print(f"holidays get_nth_working_day:     {package_seconds * 1000:9.2f} ms")
    print(f"speed ratio (holidays / engine):  {ratio:9.1f}x (target {TARGET_RATIO:.0f}x)")
    print(
        f"engine index build from empty caches, {len(jurisdictions)} jurisdictions x {len(YEARS)} years: "
        f"{cold_index_seconds * 1000:.2f} ms (untimed above)"
    )

    mismatches = find_mismatches(cases, engine_results, package_results)
    mismatches += find_mismatches(cases, new_calendar_results, package_results)
    if mismatches:
        print(f"FAILED: {len(mismatches)} results differ, for example:", file=sys.stderr)
        for line in mismatches[:10]:
            print(f"  {line}", file=sys.stderr)
        return 1

    print(f"All {len(cases)} results are identical.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
