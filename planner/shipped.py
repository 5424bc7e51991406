"""What Leerroute ships besides its code: demo catalogues, sample learners and the JSON Schemas.

They live in the repository's ``catalogs/`` folder, which is installed as the package
``leerroute_catalogs``; found through :mod:`importlib.resources`, so the demo works the same from a
source checkout and from an installed wheel.
"""

from __future__ import annotations

from importlib import metadata
from importlib.resources import files
from pathlib import Path

#: The package that holds the shipped data (the repository's ``catalogs/`` folder).
PACKAGE = "leerroute_catalogs"
#: The demo catalogues, in the order they are opened.
DEMO_CATALOGUE_NAMES = ("hogeschool-oost.yaml", "partner-noord.yaml")
#: The sample learner opened with the demo.
DEMO_LEARNER_NAME = "switcher-anna"


def data_dir() -> Path:
    """The folder of shipped data (a real folder: the package is never installed zipped)."""
    return Path(str(files(PACKAGE)))


def demo_catalogues() -> list[Path]:
    """The demo catalogue files."""
    return [data_dir() / name for name in DEMO_CATALOGUE_NAMES]


def sample_learner(name: str = DEMO_LEARNER_NAME) -> Path:
    """A sample learner file by name ('switcher-anna', 'impossible-dewi', …)."""
    return data_dir() / "learners" / f"{name}.yaml"


def sample_learners() -> list[Path]:
    """Every shipped sample learner file."""
    return sorted((data_dir() / "learners").glob("*.yaml"))


def schema_dir() -> Path:
    """The folder of the published JSON Schemas."""
    return data_dir() / "schema"


def version() -> str:
    """The installed version of Leerroute."""
    try:
        return metadata.version("leerroute")
    except metadata.PackageNotFoundError:  # running from a checkout that was never installed
        return "0+unknown"


def demo_cohort() -> Path:
    """The synthetic demo cohort (a CSV of made-up intake profiles shaped like the sample learners)."""
    return data_dir() / "cohorts" / "demo-cohort.csv"
