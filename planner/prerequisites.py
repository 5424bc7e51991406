"""The prerequisite expression: an outcome id, all/any of nested expressions, a credit threshold
(optionally counted from a pool of modules) or a corequisite, as a discriminated union.

Split from :mod:`planner.models` (which re-exports every name here); :mod:`planner.requirements`
walks these expressions.
"""

from __future__ import annotations

from typing import Annotated, Protocol, Self

from pydantic import Discriminator, Field, Tag, model_validator

from planner.values import ID_PATTERN, NS, REF_PATTERN, Model


class Countable(Protocol):
    """What a pool or a threshold reads of a module (a :class:`planner.models.Module`)."""

    id: str
    subject: str | None
    level: int | None
    tags: list[str]

    @property
    def study_ec(self) -> float:
        """Study load in EC."""
        ...


class Pool(Model):
    """A set of modules chosen by what they are, not listed one by one: every module of the
    catalogue with this subject, level and tag (each one given must match)."""

    subject: str | None = Field(default=None, max_length=200, description="Modules with this 'subject'.")
    level: int | None = Field(default=None, ge=1, le=8, description="Modules of this NLQF/EQF level.")
    tag: str | None = Field(default=None, max_length=80, description="Modules carrying this tag in 'tags'.")
    catalogue: str | None = Field(
        default=None, pattern=ID_PATTERN,
        description="Catalogue whose modules count; left out: the catalogue the rule is written in.",
    )

    @model_validator(mode="after")
    def _something(self) -> Self:
        if self.subject is None and self.level is None and self.tag is None:
            raise ValueError("a pool needs a 'subject', a 'level' or a 'tag' (or several)")
        return self

    def matches(self, module: Countable) -> bool:
        """Whether a (loaded, qualified) module belongs to the pool."""
        if self.catalogue is not None and not module.id.startswith(self.catalogue + NS):
            return False
        if self.subject is not None and (module.subject or "").casefold() != self.subject.casefold():
            return False
        if self.level is not None and module.level != self.level:
            return False
        return self.tag is None or self.tag in module.tags

    def label(self) -> str:
        """Short description such as 'level 3, subject mathematics'."""
        parts = []
        if self.level is not None:
            parts.append(f"level {self.level}")
        if self.subject is not None:
            parts.append(f"subject {self.subject}")
        if self.tag is not None:
            parts.append(f"tag {self.tag}")
        return ", ".join(parts)


class AllOf(Model):
    """All of these requirements."""

    all: list[Requirement] = Field(min_length=1, description="Every item must hold.")


class AnyOf(Model):
    """At least one of these requirements."""

    any: list[Requirement] = Field(min_length=1, description="At least one item must hold.")


class Credits(Model):
    """A threshold: at least this many EC (or modules) completed before the module starts,
    optionally counted only from a pool ("at least 84 EC completed", "60 EC of level 1")."""

    credits: float | None = Field(default=None, gt=0, le=1000, description="At least this many EC completed.")
    modules: int | None = Field(default=None, ge=1, le=500, description="At least this many modules completed.")
    from_: Pool | None = Field(
        default=None, alias="from", description="Count only modules of this pool (subject, level, tag)."
    )

    @model_validator(mode="after")
    def _one_count(self) -> Self:
        if (self.credits is None) == (self.modules is None):
            raise ValueError("a threshold gives 'credits: <EC>' or 'modules: <number>', one of the two")
        return self

    @property
    def amount(self) -> float:
        """The number to reach: EC, or modules."""
        return self.credits if self.credits is not None else float(self.modules or 0)

    def weight(self, module: Countable) -> float:
        """What one completed module adds: its EC, or 1 when modules are counted."""
        return module.study_ec if self.credits is not None else 1.0

    def counts(self, module: Countable) -> bool:
        """Whether a completed module counts towards the threshold."""
        return self.from_ is None or self.from_.matches(module)

    def label(self) -> str:
        """Short description such as '84 EC (level 2)'."""
        what = f"{self.credits:g} EC" if self.credits is not None else f"{self.modules} modules"
        return what + (f" ({self.from_.label()})" if self.from_ is not None else "")


class With(Model):
    """A corequisite: the outcome is proven, or gained by a module that runs at the same time as
    this one or earlier (it starts in the same week or before, and may end later)."""

    with_: Annotated[str, Field(pattern=REF_PATTERN)] = Field(
        alias="with", description="The outcome, proven or gained by a module starting no later than this one."
    )


#: The tags of a prerequisite expression's forms, as pydantic reports them in error paths
#: (with spaces, so that no data key is ever mistaken for one).
REQUIREMENT_TAGS = ("outcome id", "all of", "any of", "credit threshold", "corequisite")
REQUIREMENT_HINT = (
    "write one outcome id, or 'all: [a, b]' when every one is needed, or 'any: [a, b]' when one is enough "
    "(these nest), or 'credits: 84' (optionally with 'from: {subject|level|tag: …}'), or 'with: <outcome>' "
    "for a corequisite"
)


def _requirement_tag(value: object) -> str | None:
    """Which form a prerequisite expression has: decided by its shape, so an error names one form."""
    if isinstance(value, str):
        return "outcome id"
    if isinstance(value, AllOf) or (isinstance(value, dict) and "all" in value):
        return "all of"
    if isinstance(value, AnyOf) or (isinstance(value, dict) and "any" in value):
        return "any of"
    if isinstance(value, Credits) or (isinstance(value, dict) and ("credits" in value or "modules" in value)):
        return "credit threshold"
    if isinstance(value, With) or (isinstance(value, dict) and "with" in value):
        return "corequisite"
    return None


#: A prerequisite expression: an outcome id, all/any of nested expressions, a credit threshold or a
#: corequisite (a discriminated union: a wrong expression gets one precise error, not one per form
#: it failed to be).
Requirement = Annotated[
    Annotated[Annotated[str, Field(pattern=REF_PATTERN)], Tag("outcome id")]
    | Annotated[AllOf, Tag("all of")]
    | Annotated[AnyOf, Tag("any of")]
    | Annotated[Credits, Tag("credit threshold")]
    | Annotated[With, Tag("corequisite")],
    Discriminator(
        _requirement_tag,
        custom_error_type="requirement",
        custom_error_message="a prerequisite must be an outcome id, all/any, credits or with",
    ),
]
AllOf.model_rebuild()
AnyOf.model_rebuild()
