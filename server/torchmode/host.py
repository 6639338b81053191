"""AnalysisHost: what the analysis may ask of the engine, the one interface it is handed down.

FunctionAnalysis (flow.py and its mixins), ModuleContext (context.py) and the rules reach the
engine only through these members: summaries and hazards of other functions (cached and
validated there), the current text's version of a definition, and other files' contexts and
names. engine.Engine implements it; mypy checks that where Engine hands itself down, and
tests/test_engine.py checks that every member the analysis uses is listed here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from .context import Definition, ModuleContext
    from .regions import ModuleRegions
    from .facts import Hazard, Summary
    from .modeltypes import ModelType
    from .resolve import ModuleLocator


@runtime_checkable
class AnalysisHost(Protocol):
    locator: ModuleLocator  # which file an import names
    entry_paths: set[str]  # parameter paths some function reads as dict entries (a fix subscripts them)

    @property
    def generation(self) -> int:
        """Grows with every change to any file's text: results of an older generation need checking."""

    def summary(self, definition: Definition) -> Summary:
        """What calling this function does (analysed once, cached while its callees stay the same)."""

    def module_summary(self, ctx: ModuleContext) -> Summary:
        """What running a file's module body leaves (its module_modes), for a file that imports it."""

    def hazards(self, definition: Definition) -> list[Hazard]:
        """The hazards found in a function (analysed for the classes a caller passes)."""

    def hazards_within(self, definition: Definition) -> list[Hazard]:
        """Those and the hazards of the same file's functions it reached analysed for that caller too."""

    def current(self, definition: Definition) -> Definition:
        """The same function in its file's current text."""

    def returned_type(self, definition: Definition) -> ModelType | None:
        """The module type a factory function returns."""

    def context_of(self, path: str) -> ModuleContext | None:
        """Another file's context, for following imports; None when unreadable."""

    def real_line(self, path: str, line: int) -> int:
        """The file's line now of a tree line of its current text (source.py): for ordering sites as the code runs."""

    def resolve_qualname(self, ctx: ModuleContext, qualname: str, depth: int = 0) -> Definition | None:
        """What an imported qualified name is: a class or function of the workspace, or a library name."""

    def module_regions(self, path: str) -> ModuleRegions | None:
        """The kept effects of an open file's top-level statements (regions.py); None for a batch run."""

    def callees_reached(self, keys: list[tuple]) -> set[tuple]:
        """The (path, qualname) of the functions these call, and those call, as last analysed."""

    def callee_holds(self, path: str, qualname: str, fingerprint: int) -> bool:
        """Does this function still have the summary a kept result saw? (Analysed again when needed.)"""

    def callers_of(self, path: str) -> list[str]:
        """The files near `path` that import it, whose hazards inside it that file reports."""

    def callers_reaching(self, path: str) -> list[str]:
        """Its importers and theirs: the files the check of `path` analyses."""

    def imports_from(self, caller: ModuleContext, path: str) -> bool:
        """Does `caller` import a name defined in `path`, directly or re-exported by a package?"""

    def names_any_on_import_lines(self, path: str, names: set[str]) -> bool:
        """Do the import lines of `path` name any of `names`? A cheap first test."""

    def run_at_import(self, package_init: str) -> list[ModuleContext]:
        """What may switch cuDNN off when this package is imported: its `__init__.py` and the modules it imports."""

    def hears_its_callers(self, definition: Definition) -> bool:
        """Does the check of the function's own file analyse its callers (it is decided by them)?"""

    def unchanged_in_reach(self, ctx: ModuleContext, since: int) -> bool:
        """Did no workspace module this file imports change after generation `since`?"""
