"""The analysis engine: checks one file at a time, following names into other files.

Flow: source text -> ModuleContext (chunks, imports, definitions) -> a FunctionAnalysis of the
module body and of every function and method (summaries of callees computed on demand and
cached) -> Hazards -> Findings with their fixes, by the rule modules of the registry (rules/).
"""

from __future__ import annotations

import ast
import contextlib
import dataclasses
import gc
import logging
import os
import re
import threading

from .context import Definition, ModuleContext, classes_defined
from .checkpoints import is_checkpoint_key
from .facts import EMPTY_SUMMARY, Hazard, Requirement, Summary
from .edits import apply_edits
from .findings import FileReport, Finding
from .flow import FunctionAnalysis, FunctionResult
from .importers import ImporterIndex
from .knowledge import KNOWN_LIBRARY_TOPS, LIBRARY_FACT_PREFIXES
from .regions import ModuleRegions, class_changed
from .resolve import ModuleLocator
from .summaries import INLINED, inlined_fingerprint
from .redefinitions import chunk_words, redefined_names, words
from .shift import shifted_report
from . import notebook, rules
from .rules.common import FindingMemo
from .syntax import methods_replaced_by, returned_nested_function
from .source import ChunkCache, SourceError, chunk_changes, decode_source, too_big_to_check

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 5_000_000  # larger files are skipped with a note: nobody trains from a 5 MB script


class Engine:
    def __init__(self, roots=(), *, interpreter: str | None = None, extra_paths=(), use_jedi: bool = True) -> None:
        self.locator = ModuleLocator(roots, extra_paths, interpreter, use_jedi)
        self._overlays: dict[str, str] = {}
        self._contexts: dict[str, ModuleContext] = {}  # path -> context of its current text
        self._analysed_texts: dict[str, _AnalysedText] = {}  # path -> the current text as kept results see it
        self._chunk_caches: dict[str, ChunkCache] = {}
        self._made_at: dict[str, int] = {}  # the generation each file's current context was made in
        # (path, qualname) -> _Cached: function results survive edits elsewhere in the file
        self._results: dict[tuple, _Cached] = {}
        # Specialisations told constants a caller passes (`module.automatic_optimization=False`): the
        # branches those decide are taken one way there (_only_specialised)
        self._decided_by_constants: set[tuple] = set()
        self._decided_by_types: set[tuple] = set()  # specialisations told the classes of parameters
        # the files holding either kind (asked for every file checked: a walk over both sets made a check of 5,000
        # files quadratic, 40 million generator steps in a corpus-wide check of fixes)
        self._specialised_paths: set[str] = set()
        self._specialised_memo: dict[str, tuple[set[tuple], set[tuple]]] = {}  # _only_specialised, per check
        self._validated: set[tuple] = set()  # results checked during the current check_source
        # Bumped whenever a file's text changes: a result checked in this generation is valid
        # without walking its callees again (a batch run over a code base never re-walks).
        self._generation = 0
        self._imports_from_kept: dict[tuple[str, str], tuple[int, ModuleContext, bool]] = {}
        self._in_progress: set[tuple] = set()
        # Which file each generation bump was for (None: all of them), and what the last check of
        # each file validated: a keystroke that changes one function re-checks that function only.
        self._bumps: list[tuple[int, str | None]] = []
        self._last_check: dict[str, _LastCheck] = {}
        self._last_reports: dict[str, _LastReport] = {}  # path -> what its last check returned, for shift.py
        self._regions: dict[str, ModuleRegions] = {}  # path -> its top-level statements' kept effects
        self._run_at_import: dict[str, tuple[int, list]] = {}  # package __init__.py -> (generation, run_at_import)
        self._importers = ImporterIndex(self._read)
        # Paths below a parameter some function reads as dict entries (`state.models["teacher"]` gives
        # "models.teacher"): a fix naming the object there subscripts them (summaries._extend_receiver)
        self.entry_paths: set[str] = set()
        self.finding_memo = FindingMemo()  # each file's last findings, reused where their lines did not change
        self._lock = threading.RLock()

    # == public API ============================================================================
    def check_source(self, path: str, text: str) -> FileReport:
        path = os.path.abspath(path)
        too_big = too_big_to_check(text)
        if too_big:
            return FileReport(path, notes=[f"{os.path.basename(path)}: {too_big}"])
        with self._lock, _collector_paused():
            try:
                reused = self._reused_report(path, text)
                if reused is not None:
                    return reused
                report = self._analyse(path, text)
                if report.findings and _switches_modes_behind_calls(self._contexts[path]):
                    report.findings = [self._preferring_a_fix_that_works(path, text, f, len(report.findings))
                                       for f in report.findings]
                    self._analyse(path, text)  # leave the caches on the real text
                self._last_reports[path] = _LastReport(text, self._generation, report)
                return _copy(report)
            except RecursionError:
                return FileReport(path, notes=[f"{path}: too deeply nested to analyse"])
            except Exception as error:  # a bug of ours must cost one file's findings, never the process
                log.exception("internal error while checking %s", path)
                return FileReport(path, notes=[f"{path}: internal error in torchmode ({type(error).__name__}: {error})"])

    def _reused_report(self, path: str, text: str) -> FileReport | None:
        """The last report of this file, its lines moved, when nothing else changed since and this
        edit touched only blank lines and comments (Enter, a comment typed): see shift.py."""
        last = self._last_reports.get(path)
        if last is None or not self.only_changed(path, since=last.generation):
            return None
        moved = shifted_report(last.text, text, last.report)
        if moved is None:
            return None
        self._last_reports[path] = _LastReport(text, self._generation, moved)
        return _copy(moved)

    def _analyse(self, path: str, text: str) -> FileReport:
        ctx = self._context(path, text)
        report = FileReport(path)
        hazards = []
        reach = self._forget_if_imports_changed(ctx)
        self._validated = set()
        targets = None
        last = self._last_check.get(path)
        self._calls_kept = False
        if not self._revalidate_after_local_edit(path, ctx):
            targets = self._targets(ctx)
            for analysis_target in targets:
                self._result(analysis_target)
        callers = self._analyse_callers(ctx)
        if targets is not None:
            self._drop_unused_results(ctx, targets, callers)
        caller_paths = tuple(caller.path for caller in callers)
        self._specialised_memo = {}  # (the check's results are final now: each file's answer is asked once)
        if self._calls_kept and last is not None and last.calls is not None and last.calls[0] == caller_paths:
            # A keystroke that changed no call of any function: which results count is what it was (every
            # answer below reads only which function calls which, and how each was analysed).
            asked_here, by_constants, by_types, typed_asks, unreached = last.calls[1]
        else:
            asked_here = self._asked_for_here(path) if callers else set()
            by_constants, by_types = self._only_specialised(path)
            # What a function of ours decided by its callers' classes asks of its callees is as uncertain as it
            # is: their hazards on modules of unknown class count only where something else asks for them too.
            typed_asks = asked_here - self._asked_for_here(path, skip=by_types | by_constants) if by_types else set()
            unreached = self._reached_only_through(path, by_constants)
        self._last_check[path] = _LastCheck(ctx, self._generation, set(self._validated), reach,
                                            (caller_paths, (asked_here, by_constants, by_types, typed_asks, unreached)))
        # (and what its importers' analyses found in their own files: `trainer.validate()` leaving eval mode,
        # then `trainer.train_epoch()`, is the script's to report, whatever its text let the pre-filter see)
        analysed_here = {path} | {caller.path for caller in callers}
        found_elsewhere: set[str] = set()
        for key in self._validated:
            held = self._results[key].result.hazards
            if not held:
                continue  # (most results: one look each, at every keystroke over a file's hundreds)
            if key[0] in analysed_here:
                found_elsewhere.update(h.report.path for h in held if h.report.path != path)
            if key in by_constants or key in unreached:
                continue
            found = self._hazards_reported_in(path, key, callers, asked_here)
            if key in by_types or key in typed_asks:
                found = [h for h in found if h.forward.rnn_certain]
            hazards.extend(found)
        report.findings = rules.findings(ctx, [h for h in dict.fromkeys(hazards) if h.report.path == path], self)
        report.found_elsewhere = found_elsewhere
        report.dependencies = self._dependencies(ctx) | {caller.path for caller in callers}
        report.notes = [f"{os.path.basename(path)}: syntax error skipped ({e})" for e in ctx.syntax_errors]
        report.notes += [f"{os.path.basename(path)}: {reason}" for reason in ctx.skipped]
        return report

    def _drop_unused_results(self, ctx: ModuleContext, targets: list[Definition],
                             callers: list[ModuleContext]) -> None:
        """Results of this file that no function of this check calls any more (a specialisation the
        last text asked for, validated on the way while checking an old result's callees) must not
        report: what counts is what the file's functions, and its callers', reach now."""
        caller_paths = {c.path for c in callers}
        roots = [(ctx.path, target.key) for target in targets]
        # (the callers' functions as written, and what they reach: a specialisation a caller's call asked for on its way
        # to a more precise one, `epoch#attack=SeqPGD` before `epoch#attack._mode=True`, is reached by nothing)
        used = self.callees_reached(roots + [key for key in self._validated if key[0] in caller_paths and "#" not in key[1]])
        self._validated = {key for key in self._validated if key[0] != ctx.path or key in used}

    def _analyse_callers(self, ctx: ModuleContext) -> list[ModuleContext]:
        """The files importing this one, analysed, when one of its functions runs a backward that
        only its callers' objects decide (importers.py): what they find inside it is reported here.
        And theirs, one level up (a callback module between this helper and the script that hands
        the trainer its model)."""
        if not any(self._results[key].decided_by_callers
                   for key in self._validated if key[0] == ctx.path and "#" not in key[1]) \
                and not any(_replaces_methods(node) for node in ctx.functions.values()):  # a class decorator's wrapper
            return []
        callers: list[ModuleContext] = []
        for path in self.callers_reaching(ctx.path):
            caller = self.context_of(path)
            if caller is not None:
                callers.append(caller)
                for target in self._targets(caller):
                    self._result(target)
        return callers

    def callers_reaching(self, path: str) -> list[str]:
        """The files whose analyses the check of `path` runs (_analyse_callers): its importers, each followed by
        theirs."""
        found: list[str] = []
        for near in self.callers_of(path):
            for caller in (near, *self.callers_of(near)):
                if caller != path and caller not in found:
                    found.append(caller)
        return found

    def callers_of(self, path: str) -> list[str]:
        """The workspace files near `path` that import it (importers.py), confirmed by resolving
        their imports: those whose hazards inside this file this file reports."""
        confirmed = []
        for candidate in self._importers.candidates(path):
            caller = self.context_of(candidate)
            if caller is not None and self.imports_from(caller, path):
                confirmed.append(candidate)
        return confirmed

    def names_any_on_import_lines(self, path: str, names: set[str]) -> bool:
        """Do the import lines of `path` name any of `names` (a module or package name)? A cheap first test."""
        return not self._importers.imported_names(path).isdisjoint(names)

    def imports_from(self, caller: ModuleContext, path: str) -> bool:
        """Does `caller` import a name defined in `path`, directly or re-exported by a package? (Kept for the
        generation: registries and callers ask it of every file of a package, again and again.)"""
        kept = self._imports_from_kept.get((caller.path, path))
        if kept is not None and kept[0] == self._generation and kept[1] is caller:
            return kept[2]
        found = self._imports_from(caller, path)
        self._imports_from_kept[(caller.path, path)] = (self._generation, caller, found)
        return found

    def _imports_from(self, caller: ModuleContext, path: str) -> bool:
        dependencies = self._dependencies(caller)
        if path in dependencies:
            return True
        for dependency in dependencies:  # `from strategies import STRATEGIES`: a package whose __init__ imports it
            if os.path.basename(dependency) == "__init__.py" and self._reexports(dependency, path):
                return True
        for qualname in caller.imports.values():
            found = self.resolve_qualname(caller, qualname)
            if found is not None and found.ctx is not None and found.ctx.path == path:
                return True
        return False

    def _reexports(self, package_init: str, path: str, depth: int = 0) -> bool:
        """Does this package's `__init__.py` import from `path`, directly or through the `__init__.py` of a
        subpackage it imports (`apiseq` re-exporting `apiseq.training`, which imports `.decorators`)?"""
        folder = os.path.dirname(package_init)
        if depth > 2 or not (os.path.dirname(path) + os.sep).startswith(folder + os.sep):
            return False
        package = self.context_of(package_init)
        if package is None:
            return False
        imported = self._dependencies(package)
        for module in package.lazy_modules():  # a PEP 562 `__getattr__` loading names from its modules
            level = len(module) - len(module.lstrip("."))
            if self.locator.locate(package_init, module[level:], level) == path:
                return True
        if os.path.dirname(path) == folder:
            return path in imported
        return any(os.path.basename(d) == "__init__.py" and os.path.dirname(os.path.dirname(d)) == folder
                   and self._reexports(d, path, depth + 1) for d in imported)

    def _hazards_reported_in(self, path: str, key: tuple, callers: list, asked_here: set) -> list:
        """The hazards of one analysed function that this file's check reports. Its own functions:
        all of them (methods analysed for a subclass too). Analysed for a caller in another file
        (a specialisation): those whose chain stays in this file; the caller reports the others at
        its own line of the chain. A caller's: those it placed in this file."""
        hazards = self._results[key].result.hazards
        if key[0] != path:
            return [h for h in hazards if h.report.path == path] if callers else []
        if "#" not in key[1] or not callers or key in asked_here:
            return hazards
        return [h for h in hazards if all(site.path == path for site in h.origin)]

    def _only_specialised(self, path: str) -> tuple[set[tuple], set[tuple]]:
        """This file's functions that every call in this check reaches analysed for what its callers
        pass, never as written: (told constants, told only classes).
        Constants (`Trainer.fit#module=SeqModel;module.automatic_optimization=False`) say which
        branches run, so the analysis that took them both ways reports nothing of its own. Classes
        (`saliency#model=StrokeNet`) decide whether a parameter holds an RNN at all, so it keeps only
        what it found on modules it knew. A base class's method called only on objects of its subclasses
        (`Base.fit@Sub`) counts as told constants too: as written, for an object of its own class, it runs for
        no call (the subclass's hooks may restore what the base's leave undone). A function nobody calls, or
        one also called as written, keeps its findings."""
        if path not in self._specialised_paths:
            return set(), set()  # the common case, on every keystroke: no walk over the check's results
        memo = self._specialised_memo
        if path in memo:
            return memo[path]
        memo[path] = (set(), set())  # (asked again while it is worked out: callers calling each other add nothing)
        memo[path] = found = self._specialised_only(path)
        return found

    def _specialised_only(self, path: str) -> tuple[set[tuple], set[tuple]]:
        calls = []  # (caller key, callee function, how the callee was analysed there)
        for key in self._validated:
            cached = self._results.get(key)
            for callee, function in cached.calls_into(path) if cached is not None else ():
                if function[1].endswith(".__init__") and key[0] == function[0] \
                        and key[1].startswith(function[1][:-len("__init__")]) and not key[1].startswith(function[1]):
                    continue  # (a method reading its class's constructor for the fields it fills: no call of it)
                kind = "constants" if callee in self._decided_by_constants else \
                    "types" if callee in self._decided_by_types else "generic"
                calls.append((key, function, kind))
                base, subclass, _ = function[1].partition("@")
                if subclass:  # (`FerryTrainer(...).fit()`: Base.fit analysed for the subclass; see the docstring)
                    calls.append((key, (function[0], base), "constants"))
        # Only the functions some call reaches specialised can come out of the fixpoint (nor make a caller dead)
        told = {function for _, function, kind in calls if kind != "generic"}
        calls = [call for call in calls if call[1] in told]
        # A call as written counts only from a caller that itself runs as written: `fit(model)` called only for
        # the script's class calls `validate(model)` as written in an analysis that never runs (to a fixpoint);
        # a caller of another file too (`def main(cfg=CONFIG)` run only as `main()`, for the config's constants).
        dead: set[tuple] = self._dead_elsewhere({caller for caller, _, _ in calls})
        while True:
            # (a call of a function as written from itself -- `getattr(self, name)()` that may name `run` -- reaches it
            # only once something else does)
            generic = {function for caller, function, kind in calls if kind == "generic" and caller not in dead
                       and caller != function}
            by_constants = {function for _, function, kind in calls if kind == "constants"} - generic
            by_types = {function for _, function, kind in calls if kind == "types"} - generic - by_constants
            now_dead = {caller for caller, _, _ in calls if caller in by_constants | by_types}
            if now_dead <= dead:
                return by_constants, by_types
            dead |= now_dead

    def _dead_elsewhere(self, callers: set[tuple]) -> set[tuple]:
        """The callers of other files analysed as written that run only as their own callers specialised them by
        constants: what they call as written never runs either."""
        return {caller for caller in callers if "#" not in caller[1] and caller in self._only_specialised(caller[0])[0]}

    def _reached_only_through(self, path: str, dead: set[tuple]) -> set[tuple]:
        """This file's specialisations that only the as-written analyses of `dead` functions call (`run(cfg)`,
        run only for the script's settings, analysed as written too: what it passes there, `analyse(model)` with
        each class the registry could build, never runs)."""
        if not dead and path not in self._specialised_paths:
            return set()  # (every keystroke of a file nothing specialises: no walk over the check's results)
        callers = {key for key in self._validated if key[0] != path and "#" not in key[1]
                   and (cached := self._results.get(key)) is not None and cached.calls_into(path)}
        dead = dead | self._dead_elsewhere(callers)
        if not dead:
            return set()
        reached = self.callees_reached([key for key in self._validated if key not in dead
                                        and (key[0] != path or "#" not in key[1])], avoiding=dead)
        return {key for key in self._validated if key[0] == path and "#" in key[1] and key not in reached}

    def _asked_for_here(self, path: str, skip: frozenset | set = frozenset()) -> set[tuple]:
        """The specialisations of this file's functions that its own code asked for (not counting
        what the functions in `skip` ask)."""
        stack = [key for key in self._validated if key[0] == path and "#" not in key[1] and key not in skip]
        found: set[tuple] = set()
        while stack:
            cached = self._results.get(stack.pop())
            for callee in cached.result.callees if cached is not None else ():
                if callee[0] == path and "#" in callee[1] and callee not in found:
                    found.add(callee)
                    stack.append(callee)
        return found

    def callees_reached(self, keys: list[tuple], avoiding: frozenset | set = frozenset()) -> set[tuple]:
        """The (path, qualname) of the functions these call, and those call, as last analysed, never through those
        `avoiding`: what `trainer.run(...)` runs through the step function and handlers its trainer holds."""
        found, stack = set(keys), list(keys)
        while stack:
            cached = self._results.get(stack.pop())
            for callee in cached.result.callees if cached is not None else ():
                if callee not in found and callee not in avoiding:
                    found.add(callee)
                    stack.append(callee)
        return found

    def _forget_if_imports_changed(self, ctx: ModuleContext) -> dict | None:
        """A kept result holds while its callees keep their summaries, but what a workspace module
        this file imports *declares* (a class that now holds an LSTM) reaches it without a summary:
        when one of their environments changed since this file's last check, its results and those
        of the modules in its reach are analysed again. Only for files checked again (an editor's)."""
        last = self._last_check.get(ctx.path)
        if last is None and ctx.path not in self._overlays:
            return None
        reach = {target.path: target.environment for target in ctx.workspace_reach()}
        if last is not None and last.reach is not None and last.reach != reach:
            for path in {ctx.path, *reach, *last.reach}:
                self._forget_results_of(path)
                self._regions.pop(path, None)
        return reach

    def _bump(self, path: str | None) -> None:
        self._importers.forget(path)
        self._generation += 1
        self._bumps.append((self._generation, path))
        if len(self._bumps) > 1000:
            del self._bumps[:500]

    def unchanged_in_reach(self, ctx: ModuleContext, since: int) -> bool:
        """Did no file that this one imports (four levels deep, in the workspace) change after
        generation `since`? (Another open file typed in meanwhile does not count.)"""
        changed = self._changed_since(since)
        if changed is None:
            return False
        changed.discard(ctx.path)
        return not changed or not any(target.path in changed for target in ctx.workspace_reach())

    def _changed_since(self, since: int) -> set[str] | None:
        """The files whose text changed after generation `since`; None when any file may have (an
        invalidation of all, or history cut short)."""
        if self._bumps and self._bumps[0][0] > since + 1:
            return None
        changed: set[str] = set()
        for generation, path in reversed(self._bumps):  # newest first: a keystroke looks at one or two
            if generation <= since:
                break
            if path is None:
                return None
            changed.add(path)
        return changed

    @property
    def generation(self) -> int:
        """Grows with every change to any file's text (or to what is on disk)."""
        return self._generation

    def only_changed(self, path: str, since: int) -> bool:
        """Was every change after generation `since` one to this file (and do we still know)?"""
        changed = self._changed_since(since)
        return changed is not None and changed <= {path}

    def _revalidate_after_local_edit(self, path: str, ctx: ModuleContext) -> bool:
        """The fast path for a keystroke, a deleted or pasted line: when only this file changed since
        its last check and its environment (imports, class and def headers, self.x = ...) is the
        same, only the functions of the chunks that changed are analysed again. If their summaries
        come out the same, every other result of the last check still holds as it was (nothing they
        read changed, and the chunks that only moved keep their trees' lines: source.py); else fall
        back to checking everything (False)."""
        last = self._last_check.get(path)
        if last is None or last.ctx is ctx:
            return False
        if ctx.shadowed_functions or last.ctx.shadowed_functions:
            return False  # a name defined twice: which definition module-level code calls depends on where it stands
        if not self.only_changed(path, since=last.generation):
            return False
        old_chunks, new_chunks = last.ctx.chunks, ctx.chunks
        changed_chunks, replaced_chunks = chunk_changes(old_chunks, new_chunks)
        names: frozenset[str] = frozenset()
        if last.ctx.environment != ctx.environment:
            # A pasted, deleted or renamed definition: what reads its name is analysed again too.
            found = redefined_names(last.ctx.mentions_rnn, ctx, changed_chunks, replaced_chunks)
            if found is None:
                return False
            names = found
        # Results are found by the lines of their trees: those of the chunks the edit replaced too.
        changed = {number for c in changed_chunks + replaced_chunks for number in c.tree_lines()[:-1]}
        if any(key not in self._results for key in last.validated):
            return False
        def names_one(found_words: frozenset[str]) -> bool:  # (a text naming a redefined name, by its words)
            return not names.isdisjoint(found_words)

        # The module body's own statements changed only if a changed chunk holds more than one
        # def or class (a def's edit reaches the body's result through its callee fingerprint).
        body_changed = any(chunk.definition is None for chunk in changed_chunks + replaced_chunks)
        # (a class in the edited chunks: what returns its objects reads its methods; module-level chunks may hold one)
        edited_classes = _classes_in(changed_chunks + replaced_chunks)
        if names:
            body_changed = body_changed or any(names_one(chunk_words(c)) for c in new_chunks if c.definition is None)
        affected = []
        for key in last.validated:
            if key[0] != path:
                continue
            if key[1] == "<module>":
                if body_changed:
                    affected.append(key)
                continue
            cached = self._results[key]
            first, _ = cached.lines
            if (first in changed
                    or names and (cached.source is None or names_one(cached.words)
                                                  or bool(names & set(re.split(r"[.@#]", key[1]))))
                    or edited_classes and cached.returns_classes and _returns_a_changed_class(cached, ctx, edited_classes)
                    or _read_a_changed_option(cached, ctx)):
                affected.append(key)
        if names:
            # The others read none of the redefined names: they hold in the new environment, also
            # when the full check below runs (it then analyses only what calls a changed summary).
            analysed = self._analysed_text(ctx)
            for key in last.validated - set(affected):
                if key[0] == path:
                    self._results[key].analysed = analysed
        if any("#" in key[1] for key in affected):
            # A specialisation for some caller: only that caller can ask for it again, so it runs again too
            # (a keystroke in a trainer's method analysed per caller took the full check).
            with_askers = self._with_askers(path, last.validated, affected)
            if with_askers is None:
                return False
            affected = with_askers
        before = {key: self._results[key].result.summary.fingerprint() for key in affected}
        types_before = {key: self._results[key].result.summary.returned_types for key in affected}
        module = Definition("function", "<module>", ctx=ctx, node=None)
        # (a specialisation is analysed again when its asker, in `affected` too, asks for it)
        again = [module if key[1] == "<module>" else _definition_in(ctx, key[1]) for key in affected if "#" not in key[1]]
        new_targets = self._targets_in(ctx, changed_chunks)
        if new_targets is None or any(definition is None for definition in again):
            return False  # a function went away, or hides in a module-level block
        called_before = {key: set(self._results[key].result.callees) for key in affected}
        # Under this path's assumption every other result of the last check holds: taken as validated while the
        # changed functions run (a module-level script's statements ask about hundreds of callees), dropped again
        # when the assumption fails below.
        premarked = (last.validated - set(affected)) - self._validated
        validated_before = set(self._validated)
        self._validated |= premarked
        held = False
        try:
            held = self._rerun_changed(path, last, ctx, again, new_targets, before, types_before, called_before)
        finally:
            if not held:
                # What ran meanwhile ran on that assumption (a premarked callee's kept summary): the full check
                # validates it again, with everything it calls (its callees leave the validated set with it).
                attempted = self._validated - premarked - validated_before
                self._validated -= premarked | attempted
                for key in attempted:
                    if key in self._results:
                        self._results[key].checked = -1
        if held:
            for key in premarked:  # all in self._results: checked above
                self._results[key].checked = self._generation
        return held

    def _with_askers(self, path: str, validated: set, affected: list) -> list | None:
        """`affected` and, for each specialisation in it, the functions of this file that asked for it (their
        askers too, up to one written as it is); None when one asked from another file (only its own check can
        ask again)."""
        askers: dict[tuple, list[tuple]] = {}
        for key in validated:
            for callee in self._results[key].result.callees:
                if "#" in callee[1]:
                    askers.setdefault(callee, []).append(key)
        result, stack = list(affected), [key for key in affected if "#" in key[1]]
        while stack:
            asked = askers.get(stack.pop())
            if not asked or any(key[0] != path for key in asked):
                return None
            for key in asked:
                if key not in result:
                    result.append(key)
                    if "#" in key[1]:
                        stack.append(key)
        return [key for key in result if "#" not in key[1]] + [key for key in result if "#" in key[1]]

    def _rerun_changed(self, path: str, last, ctx: ModuleContext, again: list, new_targets: list, before: dict,
                       types_before: dict, called_before: dict) -> bool:
        """The changed functions analysed again: do their summaries (and what they call) come out as before?"""
        for definition in [d for d in again if d is not None] + [t for t in new_targets if (path, t.key) not in before]:
            self._result(definition)
        if any(self._results[key].result.summary.fingerprint() != fingerprint for key, fingerprint in before.items()):
            if last.ctx.class_types_read_functions and any(
                    self._results[key].result.summary.returned_types != returned for key, returned in types_before.items()):
                # A class's field is built by a factory whose returned module changed (`make_rnn()` now
                # builds an LSTM): what any result of this file made of that class may differ.
                self._forget_results_of(path)
                self._regions.pop(path, None)
            return False
        removed = set().union(*(called - set(self._results[key].result.callees) for key, called in called_before.items()))
        if removed and not removed <= {(path, target.key) for target in self._targets(ctx)}:
            # It no longer calls some function it asked for as its callers pass (a specialisation), or one of
            # another file: which results count is the full check's to say. (What it calls now was validated
            # by its analysis; a function of this file it no longer calls is checked as the file's own.)
            return False
        self._calls_kept = (self._validated == last.validated
                            and all((path, t.key) in last.validated for t in new_targets)
                            and all(set(self._results[key].result.callees) == called
                                    for key, called in called_before.items()))
        return True

    def _preferring_a_fix_that_works(self, path: str, text: str, finding: Finding, count: int) -> Finding:
        """Try the fixes in order (train(), train only the RNNs, disable cuDNN) on the text and
        make the first one that removes a finding the preferred one. A model whose own train()
        keeps its LSTM in eval, say, needs `model.lstm.train()`, not `model.train()`; a function
        decorated with a manager that evals needs cuDNN off. Only done where a class defines
        train()/eval()/__enter__(): it costs a re-analysis per finding."""
        candidates = [f for f in finding.fixes if f.kind != "noqa"]
        order = sorted(candidates, key=lambda f: _FIX_ORDER.index(f.kind) if f.kind in _FIX_ORDER else 99)
        for fix in order:
            fixed = apply_edits(text, fix.edits)
            if self._finding_count_of(path, fixed) < count:
                others = [dataclasses.replace(f, preferred=False) for f in finding.fixes if f is not fix]
                return dataclasses.replace(finding, fixes=(dataclasses.replace(fix, preferred=True), *others))
        return finding

    def _finding_count_of(self, path: str, text: str) -> int:
        """Findings of this file with `text` in it. Meanwhile the text stands as the file's overlay: the
        files importing it are analysed too, and when they look it up they must see this text."""
        previous = self._overlays.get(path)
        self._overlays[path] = text
        try:
            return len(self._analyse(path, text).findings)
        finally:
            if previous is None:
                self._overlays.pop(path, None)
            else:
                self._overlays[path] = previous

    def check_file(self, path: str) -> FileReport:
        path = os.path.abspath(path)
        try:
            text = self._read(path)
        except (OSError, SourceError) as error:
            return FileReport(path, notes=[f"{path}: cannot read: {error}"])
        return self.check_source(path, text)

    def set_overlay(self, path: str, text: str | None) -> None:
        path = os.path.abspath(path)
        with self._lock:
            self._bump(path)
            if text is None:
                self._overlays.pop(path, None)
                self._regions.pop(path, None)
                self._chunk_caches.pop(path, None)
                self._drop_context(path)  # back to what is on disk
            else:
                self._overlays[path] = text

    def invalidate(self, path: str) -> None:
        path = os.path.abspath(path)
        with self._lock:
            self._bump(None)  # the locator forgets too: any file may resolve differently
            importers = self._importing(path)
            self._drop_context(path)
            self._regions.pop(path, None)
            self.locator.forget()
            self._forget_results_of(path)
            if not path.endswith((".py", ".pyi", ".ipynb")):
                # A settings file (configfiles.py): the results of the files that read it hold its old values.
                for reader in [c.path for c in self._contexts.values() if path in c.data_files]:
                    self._forget_results_of(reader)
                    self._regions.pop(reader, None)
            for importer in importers:
                # Their classes hold this file's (bases are looked up once): made again with its new context, or
                # an `__init_subclass__` registry of a base class here no longer knows the subclasses there (a file
                # opened and closed in the editor lost a finding in another file)
                self._drop_context(importer)

    def _importing(self, path: str) -> list[str]:
        """The files whose kept contexts import `path`, directly or through each other."""
        imports = {other: self._dependencies(ctx) for other, ctx in self._contexts.items() if other != path}
        found: list[str] = []
        stack = [path]
        while stack:
            imported = stack.pop()
            for other, dependencies in imports.items():
                if other not in found and imported in dependencies:
                    found.append(other)
                    stack.append(other)
        return found

    def warm_up(self) -> None:
        """Pay jedi's first-use costs (grammar load, environment) before the first real check."""
        if not self.locator.use_jedi:
            return
        try:
            import jedi

            jedi.Script("import torch.nn\ntorch.nn.LSTM\n", path="warmup.py").infer(2, 12)
        except Exception as error:
            log.debug("jedi warm-up failed: %s", error)

    # == contexts ==============================================================================
    def _read(self, path: str) -> str:
        if path in self._overlays:
            return self._overlays[path]
        if os.path.getsize(path) > MAX_FILE_BYTES:
            raise SourceError(f"larger than {MAX_FILE_BYTES // 1_000_000} MB")
        if notebook.is_notebook_path(path):  # a notebook importing a trainer module (importers.py)
            try:
                return notebook.program_of(path)
            except notebook.NotebookError as error:
                raise SourceError(str(error)) from None
        with open(path, "rb") as handle:
            return decode_source(handle.read())

    def _context(self, path: str, text: str) -> ModuleContext:
        ctx = self._contexts.get(path)
        if ctx is not None and ctx.text == text:
            return ctx
        if ctx is not None or path in self._chunk_caches:
            self._bump(path)  # a text we knew changed
        cache = self._chunk_caches.setdefault(path, ChunkCache())
        # The last text's classes may serve this one when nothing else changed since it was read.
        previous = ctx if ctx is not None and self.only_changed(path, since=self._made_at.get(path, -1)) else None
        ctx = ModuleContext(self, path, text, cache, previous)
        self._made_at[path] = self._generation
        self._drop_context(path)  # the old text's results keep its environment, not the text
        self._contexts[path] = ctx
        return ctx

    def _drop_context(self, path: str) -> None:
        self._contexts.pop(path, None)
        replaced = self._analysed_texts.pop(path, None)
        if replaced is not None:
            replaced.release()

    def _analysed_text(self, ctx: ModuleContext) -> _AnalysedText:
        known = self._analysed_texts.get(ctx.path)
        if known is not None and known.ctx is ctx:
            return known
        if self._contexts.get(ctx.path) is not ctx:
            stale = _AnalysedText(ctx)  # not the file's current text: keep its hashes only
            stale.release()
            return stale
        known = self._analysed_texts[ctx.path] = _AnalysedText(ctx)
        return known

    def context_of(self, path: str) -> ModuleContext | None:
        """The context of another file (for following imports), or None when unreadable."""
        path = os.path.abspath(path)
        ctx = self._contexts.get(path)
        if ctx is not None and (path not in self._overlays or self._overlays[path] == ctx.text):
            return ctx
        try:
            return self._context(path, self._read(path))
        except (OSError, SourceError):
            return None

    def real_line(self, path: str, line: int) -> int:
        ctx = self._contexts.get(path)
        return ctx.real_line(line) if ctx is not None else line

    def _forget_results_of(self, path: str) -> None:
        for key in [k for k in self._results if k[0] == path]:
            del self._results[key]
        self._validated = set()

    # == names across files ====================================================================
    def resolve_qualname(self, ctx: ModuleContext, qualname: str, depth: int = 0) -> Definition | None:
        level = len(qualname) - len(qualname.lstrip("."))
        dotted = qualname[level:]
        top = dotted.split(".")[0]
        if level == 0 and top in ("torch", "functorch", "captum", "shap", "art", "copy", "sched") \
                and not (top in KNOWN_LIBRARY_TOPS and self._library_is_the_workspace(ctx, top, dotted)):
            return Definition("qual", _normalise(dotted))
        parts = dotted.split(".")
        for cut in range(len(parts) - 1, -1, -1):
            module, rest = ".".join(parts[:cut]), parts[cut:]
            if not module and not level:
                continue
            path = self.locator.locate(ctx.path, module, level)
            if path is None:
                continue
            target = self.context_of(path)
            if target is None or depth > 4:
                return None
            name = rest[0]
            if level == 0 and not target.binds(name) and (other := self.locator.only_one_named(module, besides=path, near=ctx.path)):
                # `from solver import Solver` found an empty package src/solver/: the module the project
                # puts on PYTHONPATH (src/solver/solver.py) is the one that defines it
                alternative = self.context_of(other)
                target = alternative if alternative is not None and alternative.binds(name) else target
            definition: Definition | None
            if name in target.classes:
                definition = Definition("class", name, cls=target.classes[name], ctx=target)
            elif name in target.functions:
                definition = Definition("function", name, ctx=target, node=target.functions[name])
            elif name in target.imports:
                # (the rest of the name too: `callbacks.ValScore` where a package re-exports its submodule `callbacks`)
                return self.resolve_qualname(target, ".".join([target.imports[name], *rest[1:]]), depth + 1)
            elif name in target.globals:  # a module-level value, e.g. a registry dict of model classes
                definition = self._global_alias(target, name, depth) \
                    or Definition("global", name, ctx=target, node=target.globals[name])
            elif target.star_imports and (star := target.star_qualname(name)) is not None:
                definition = self.resolve_qualname(target, star, depth + 1)  # `from .rnn import *`
            elif (lazy := target.lazy_attribute(name)) is not None:
                definition = self.resolve_qualname(target, lazy, depth + 1)  # a package's PEP 562 __getattr__
            else:
                return Definition("module", module, ctx=target) if len(rest) == 0 else None
            if definition is not None and len(rest) > 1 and definition.kind == "class" and definition.cls is not None:
                found = definition.cls.find_method(rest[1])
                if found:
                    owner, node = found
                    return Definition("function", f"{owner.name}.{rest[1]}", ctx=owner.ctx, node=node, owner=owner,
                                      self_cls=definition.cls if definition.cls is not owner else None)
            return definition
        return Definition("qual", dotted) if not level else None

    def _global_alias(self, target: ModuleContext, name: str, depth: int) -> Definition | None:
        """`prepare = _prepare_for_serving`, assigned once at module level: another name of that function (or
        class), as a package's `__all__` may export it."""
        value = target.globals[name]
        if name in target.rebound_globals or not isinstance(value, ast.Name) or value.id == name or depth > 4:
            return None
        if value.id in target.functions or value.id in target.classes:
            return target.lookup(value)
        qualname = target.imports.get(value.id)
        found = self.resolve_qualname(target, qualname, depth + 1) if qualname is not None else None
        return found if found is not None and found.kind in ("function", "class") else None

    def _library_is_the_workspace(self, ctx: ModuleContext, top: str, dotted: str) -> bool:
        """`captum.testing.helpers.basic_models.SimpleLRPModel` in captum's own repository: a part of a library
        we know by name that is not one of its known facts, found in the workspace: read as the workspace's code."""
        if any(dotted == prefix or dotted.startswith(prefix + ".") for prefix in LIBRARY_FACT_PREFIXES):
            return False
        return self.locator.workspace_has_package(ctx.path, top)

    # == per-function analysis =================================================================
    def _targets(self, ctx: ModuleContext) -> list[Definition]:
        targets = [Definition("function", "<module>", ctx=ctx, node=None)]
        for name, node in ctx.functions.items():
            targets.append(Definition("function", name, ctx=ctx, node=node))
        for cls in ctx.classes.values():
            targets += _methods_of(ctx, cls)
        return targets

    def _targets_in(self, ctx: ModuleContext, chunks) -> list[Definition] | None:
        """The functions and methods these chunks define (None when one is nested in a module-level
        `if`/`try`/`with`: then the caller checks the whole file). Research scripts are full of such
        blocks without definitions (`with torch.no_grad():`, `if best > 0.5:`): they do not count."""
        targets = []
        for chunk in chunks:
            for node in chunk.tree.body if chunk.tree is not None else ():
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and ctx.functions.get(name := node.name) is node:
                    targets.append(Definition("function", name, ctx=ctx, node=node))
                elif isinstance(node, ast.ClassDef) and node.name in ctx.classes and ctx.classes[node.name].node is node:
                    targets += _methods_of(ctx, ctx.classes[node.name])
                elif isinstance(node, (ast.If, ast.Try, ast.With)) and _defines_inside(node):
                    return None
        return targets

    def current(self, definition: Definition) -> Definition:
        """The same function in the file's current text (a summary may hold an older one)."""
        ctx = self._contexts.get(definition.ctx.path) if definition.ctx is not None else None
        if (ctx is None or ctx is definition.ctx or definition.node is None or definition.param_types
                or definition.param_consts or definition.param_layouts):
            return definition
        return _definition_in(ctx, definition.key) or definition

    def _result(self, definition: Definition) -> FunctionResult:
        definition = self.current(definition)
        ctx = definition.ctx
        assert ctx is not None, "an analysed definition has its module"
        key = (ctx.path, definition.key)
        node = definition.node
        if self.locator.library_without_torch(ctx.path):
            return _LIBRARY_RESULT  # (resolve.py) called like any library function we do not open
        cached = self._results.get(key)
        if cached is not None and key in self._in_progress:
            return cached.result  # being validated further up a cycle of calls: take it as it was
        if cached is not None and (key in self._validated or cached.checked == self._generation):
            self._mark_validated(key)  # its hazards (and its callees') count for this check too
            return cached.result  # nothing changed anywhere since it was computed or last checked
        if cached is not None:
            self._in_progress.add(key)
            try:
                valid = self._still_valid(cached, definition)
            finally:
                self._in_progress.discard(key)
            if valid:
                self._validated.add(key)
                cached.checked = self._generation
                return cached.result
        if key in self._in_progress:  # recursion: assume the call does nothing
            return FunctionResult(EMPTY_SUMMARY, [], {})
        if definition.param_consts or definition.param_funcs:
            # (told the functions it calls through a field, `fire()` given the script's handlers, it runs them
            # where the function as written could only skip them: as with constants, which of them run is decided)
            self._decided_by_constants.add(key)
            self._specialised_paths.add(key[0])
        elif definition.param_types:
            self._decided_by_types.add(key)
            self._specialised_paths.add(key[0])
        elif "@" in key[1]:  # (a base class's method analysed for a subclass: _only_specialised)
            self._specialised_paths.add(key[0])
        self._in_progress.add(key)
        try:
            result = FunctionAnalysis(self, ctx, node, definition.qualname, definition.owner,
                                      definition.self_cls, definition.param_types, definition.param_aliases,
                                      definition.param_consts, definition.param_fields,
                                      definition.param_funcs, definition.param_layouts).run()
        finally:
            self._in_progress.discard(key)
        lines = (node.lineno, node.end_lineno) if node is not None else _body_signature(ctx)
        self._results[key] = _Cached(node, lines, result, self._analysed_text(ctx), self._generation,
                                     _function_source(ctx, node) if node is not None else None,
                                     ctx.known_rnn_in_reach)
        self._validated.add(key)
        return result

    def _mark_validated(self, key: tuple) -> None:
        """A result valid in this generation was validated with everything it calls: count them
        all as used by this check (a file whose functions an earlier file's check analysed as
        callees must still get its own findings, methods analysed for subclasses included)."""
        stack = [key]
        while stack:
            key = stack.pop()
            cached = self._results.get(key)
            if key in self._validated or cached is None:
                continue  # (an installed library's function has no result: resolve.library_without_torch)
            self._validated.add(key)
            stack.extend(callee for callee in cached.result.callees if callee not in self._validated)

    def _still_valid(self, cached: _Cached, definition: Definition) -> bool:
        node = definition.node
        assert definition.ctx is not None, "an analysed definition has its module"
        if node is None:  # the module body: the same statements outside functions, at the same lines
            if cached.lines != _body_signature(definition.ctx):
                return False
        elif cached.lines != (node.lineno, node.end_lineno):
            return False
        elif cached.node is not node:
            # Its chunk was parsed again (an edit elsewhere in the class): the same text at the
            # same lines is the same function.
            if cached.source != _function_source(definition.ctx, node):
                return False
            cached.node = node
        if cached.analysed.environment != definition.ctx.environment and not _same_structure(cached, definition.ctx):
            return False
        if cached.rnn_in_reach is not None and cached.rnn_in_reach != definition.ctx.rnn_in_reach:
            return False  # a workspace module it imports gained (or lost) an RNN
        if _returns_a_changed_class(cached, definition.ctx):
            return False
        if _read_a_changed_option(cached, definition.ctx):
            return False  # `"dropout_during_fit": False` deleted, or given another value
        return all(self.callee_holds(path, qualname, fingerprint)
                   for (path, qualname), fingerprint in cached.result.callees.items())

    def callee_holds(self, path: str, qualname: str, fingerprint: int) -> bool:
        """Does this function still have the summary a caller's kept result saw? (Analysed again
        when needed; either way it counts as used by this check.)"""
        if qualname.endswith(INLINED):  # a method interpreted in place: its text counts too
            callee_ctx = self.context_of(path)
            callee = _definition_in(callee_ctx, qualname[:-len(INLINED)]) if callee_ctx is not None else None
            return callee is not None and inlined_fingerprint(callee, self._result(callee).summary) == fingerprint
        known = self._results.get((path, qualname))
        if known is not None and ((path, qualname) in self._validated or known.checked == self._generation):
            return known.result.summary.fingerprint() == fingerprint  # already checked this round
        callee_ctx = self.context_of(path)
        if callee_ctx is None:
            return False
        if "#" in qualname:
            return self._specialisation_holds(callee_ctx, qualname, fingerprint)
        callee = _definition_in(callee_ctx, qualname)
        if callee is None:
            return False
        return self._result(callee).summary.fingerprint() == fingerprint

    def _specialisation_holds(self, ctx: ModuleContext, qualname: str, fingerprint: int) -> bool:
        """A callee analysed for what its caller told it (`train_step#self=Trainer`): its kept result
        holds when the function's text, environment and callees do, as any other's. What the caller
        told it cannot be rebuilt from the key, so when it does not hold, the caller runs again and
        asks anew (before, that happened on every edit anywhere in the file)."""
        key = (ctx.path, qualname)
        cached = self._results.get(key)
        function = _definition_in(ctx, qualname.partition("#")[0])
        if cached is None or function is None or key in self._in_progress:
            return False
        self._in_progress.add(key)
        try:
            valid = self._still_valid(cached, function)
        finally:
            self._in_progress.discard(key)
        if not valid:
            return False
        self._validated.add(key)
        cached.checked = self._generation
        return cached.result.summary.fingerprint() == fingerprint

    def module_regions(self, path: str) -> ModuleRegions | None:
        """The kept effects of this file's top-level statements (regions.py); only for files open in
        an editor or checked before (a notebook's program): a batch run checks each file once."""
        if path not in self._overlays and path not in self._last_reports:
            return None
        context = self.context_of(path)
        if context is not None and (context.shadowed_functions or _steps_generators(context.text)):
            # (a function defined twice: which one a statement calls depends on where it stands; a generator stepped
            # by next()/send(): how far it ran is kept beside the state the regions compare, not in it)
            self._regions.pop(path, None)
            return None
        regions = self._regions.get(path)
        if regions is None:
            regions = self._regions[path] = ModuleRegions()
        return regions

    def summary(self, definition: Definition) -> Summary:
        if definition.node is None:
            return EMPTY_SUMMARY
        if definition.owner is None and definition.ctx is not None:
            # A method's node comes from a parsed class: classes not parsed yet cannot own it.
            owner = next((c for c in definition.ctx.classes.parsed_values()
                          if definition.node in c.methods.values()), None)
            definition.owner = owner
        return self._result(definition).summary

    def run_at_import(self, package_init: str) -> list[ModuleContext]:
        """The package `__init__.py` and the workspace modules it imports, when one of them mentions cuDNN and
        none reads the environment (a switch under an environment test: the entry may set the variable before
        the import): what may switch cuDNN off when the package is imported (ModuleContext._cudnn_off_by_package).
        Worked out once per package and generation, for all of its modules."""
        cached = self._run_at_import.get(package_init)
        if cached is not None and cached[0] == self._generation:
            return cached[1]
        package = self.context_of(package_init)
        modules = [package, *package.workspace_reach()] if package is not None else []
        if not any("cudnn" in module.text for module in modules) \
                or any("environ" in module.text or "getenv" in module.text for module in modules if "cudnn" in module.text):
            modules = []
        self._run_at_import[package_init] = (self._generation, modules)
        return modules

    def module_summary(self, ctx: ModuleContext) -> Summary:
        """What running a file's module body leaves (Summary.module_modes), for a file that imports it."""
        return self._result(Definition("function", "<module>", ctx=ctx, node=None)).summary

    def hears_its_callers(self, definition: Definition) -> bool:
        """Does the check of the function's own file analyse the files calling it (_analyse_callers): is the function,
        analysed for no caller in particular, decided by its callers? Then that check reports what a caller's classes
        make it find, at its own lines."""
        if definition.node is None or definition.ctx is None:
            return False
        generic = _definition_in(definition.ctx, definition.qualname)
        return generic is not None and _decided_by_callers(self._result(generic).summary)

    def hazards(self, definition: Definition) -> list:
        """The hazards found in a function (analysed for the classes a caller passes)."""
        return self._result(definition).hazards if definition.node is not None else []

    def hazards_within(self, definition: Definition) -> list[Hazard]:
        """The hazards of a function analysed for a caller's classes, and of the functions of its own file it
        reached analysed for them too (a trainer's fit() -> _validate() -> _call() given the script's callbacks):
        what that caller learns only through this analysis, its file's own check reporting none of it."""
        if definition.node is None or definition.ctx is None:
            return []
        found = list(self.hazards(definition))
        top = (definition.ctx.path, self.current(definition).key)
        for key in sorted(self.callees_reached([top]) - {top}):
            if key[0] == top[0] and "#" in key[1] and key in self._results:
                found += self._results[key].result.hazards
        return found

    def returned_type(self, definition: Definition):
        """The module type a factory function returns (for `self.rnn = make_rnn()`)."""
        summary = self.summary(definition)
        types = [t for t in summary.returned_types.values() if t is not None]
        return types[0] if types else None

    def _dependencies(self, ctx: ModuleContext) -> set[str]:
        paths = set()
        for qualname in [*ctx.imports.values(), *(f"{m}.*" for m in ctx.star_imports), *ctx.modules_imported_by_name]:
            level = len(qualname) - len(qualname.lstrip("."))
            parts = qualname[level:].split(".")
            for cut in range(len(parts), 0, -1):
                located = self.locator.locate(ctx.path, ".".join(parts[:cut]), level)
                if located:
                    paths.add(located)
                    break
        paths.update(ctx.plugin_files)  # (spec_from_file_location loads them: engine.invalidate forgets as for imports)
        paths.update(ctx.data_files)
        paths.update(ctx.registering_files)  # (their decorators fill a registry of ours)
        paths.discard(ctx.path)
        return paths


_FIX_ORDER = ("train", "train-rnn", "cudnn")
_LIBRARY_RESULT = FunctionResult(EMPTY_SUMMARY, [], {})
# A class's own train()/eval(), or a context manager's __enter__ (a ContextDecorator entered when the function
# it decorates is called): the mode a caller-side train() sets may not be the one the forward sees.
_SWITCHES_BEHIND_CALLS = re.compile(r"^\s+def (?:train|eval|__enter__)\(self", re.MULTILINE)


def _switches_modes_behind_calls(ctx: ModuleContext) -> bool:
    """Does a class of this file define train(), eval() or __enter__()? Then each preferred fix is
    checked by re-analysis. Asked on every edit that leaves a finding, so answered per chunk and
    remembered with it (the regex alone over a 5,000-line text takes 0.9 ms)."""
    for chunk in ctx.chunks:
        found = chunk.memo.get("switches behind calls")
        if found is None:
            text = chunk.text
            found = ("def train(" in text or "def eval(" in text or "def __enter__(" in text) \
                and bool(_SWITCHES_BEHIND_CALLS.search(text))
            chunk.memo["switches behind calls"] = found
        if found:
            return True
    return False


_STEPPED = re.compile(r"(?<![\w.])next\(|\.send\(")


def _steps_generators(text: str) -> bool:
    """Does the file define a generator and step one by hand (`next(phases)`, `gen.send(x)`)?"""
    return "yield" in text and _STEPPED.search(text) is not None


def _decided_by_callers(summary: Summary) -> bool:
    """Does what this function does depend on the classes of what callers pass it, or does it run
    a backward through a forward it put in eval mode itself on a module a caller passes, or
    call functions a caller keeps in the objects it passes (`for cb in self.config.callbacks`), or
    return a closure the caller runs?"""
    # (a bare parameter called, `model(x)`, is everywhere: only a field's callables ask the callers)
    if summary.unresolved or summary.registry_params or any("." in path for path in summary.called_fields):
        return True
    if summary.returns_funcs:
        return True  # a closure over its parameters (`make_step(model)`): the caller calls it, with its model
    # (and a module it loads whole from a checkpoint and trains: the caller knows what another call saved there)
    # (or runs one under a torch.func transform: the callers say whether it has an RNN, and the crash is here)
    return any(isinstance(r, Requirement) and (r.forward.evals() or is_checkpoint_key(r.key) or r.rule.startswith("TM002"))
               for r in summary.requirements)


@contextlib.contextmanager
def _collector_paused():
    """Parsing and analysing allocate many small objects and few cycles; the cyclic collector
    would walk them over and over (2x the time on a 50,000-line file). It runs after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _body_signature(ctx: ModuleContext) -> tuple:
    """What the module body's analysis reads of the file besides its environment: the statements
    outside functions and classes (reused nodes when their chunk did not change) and their lines."""
    return ctx.body_signature


def _defines_inside(block: ast.stmt) -> bool:
    """Does a module-level `if`/`try`/`with` define a function or class in its blocks?"""
    pending = [block]
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            return True
        for name in ("body", "orelse", "finalbody"):
            pending.extend(getattr(node, name, ()))
        for handler in getattr(node, "handlers", ()):
            pending.extend(handler.body)
    return False


def _methods_of(ctx: ModuleContext, cls) -> list[Definition]:
    """Each method a class defines, as an analysis target."""
    return [Definition("function", f"{cls.name}.{name}", ctx=ctx, node=node, owner=cls)
            for name, node in cls.methods.items()]


def _replaces_methods(node) -> bool:
    """A class decorator (`def with_timing(cls)`), or a factory of one (`def with_validation(score)` returning
    it), that puts a function of its own in place of a method: what the wrapper runs is the callers' to say."""
    if not isinstance(node, ast.FunctionDef):
        return False
    inner = returned_nested_function(node)
    return bool(methods_replaced_by(node) or (inner is not None and methods_replaced_by(inner)))


def _definition_in(ctx: ModuleContext, qualname: str) -> Definition | None:
    """Function or method `qualname` (`f`, `Cls.m`, `Base.m@Sub`) as the file's current text defines it."""
    if "#" in qualname:
        return None  # a specialisation: the caller that needs it asks for it again
    qualname, _, self_name = qualname.partition("@")
    if qualname == "<module>":
        return Definition("function", qualname, ctx=ctx, node=None)
    if qualname in ctx.functions:
        return Definition("function", qualname, ctx=ctx, node=ctx.functions[qualname])
    cls_name, _, method = qualname.partition(".")
    cls = ctx.classes.get(cls_name)
    self_cls = ctx.classes.get(self_name) if self_name else None
    if cls is None or method not in cls.methods or (self_name and self_cls is None):
        return None
    return Definition("function", qualname, ctx=ctx, node=cls.methods[method], owner=cls, self_cls=self_cls)


@dataclasses.dataclass
class _LastCheck:
    ctx: ModuleContext  # the text it checked
    generation: int  # the engine's generation after it
    validated: set  # the result keys it used
    reach: dict | None = None  # path -> environment hash of each workspace module it imports (None: not asked)
    # (its callers' paths, what _analyse derived from who calls whom): kept for a keystroke that changes no call
    calls: tuple | None = None


@dataclasses.dataclass(frozen=True)
class _LastReport:
    text: str
    generation: int  # the engine's generation when it was made
    report: FileReport


def _copy(report: FileReport) -> FileReport:
    """A report the caller may change without changing the one kept for reuse."""
    return FileReport(report.path, list(report.findings), set(report.dependencies), list(report.notes),
                      set(report.found_elsewhere))


class _AnalysedText:
    """What a kept result needs of the text it was analysed in: its environment hashes, compared only
    when the result is checked again. While the text is the file's current one they are computed on
    demand; when an edit replaces it they are computed once and the text is let go. Holding the
    text itself kept every result's old text alive (its source, lines, trees and classes): typing
    spread over a module-level script grew the server by ~0.2 MB per edit."""

    __slots__ = ("ctx", "_environment", "_structure_environment")

    def __init__(self, ctx: ModuleContext | None) -> None:
        self.ctx = ctx
        self._environment = self._structure_environment = 0

    def release(self) -> None:
        if self.ctx is not None:
            self._environment, self._structure_environment = self.ctx.environment, self.ctx.structure_environment
            self.ctx = None

    @property
    def environment(self) -> int:
        return self.ctx.environment if self.ctx is not None else self._environment

    @property
    def structure_environment(self) -> int:
        return self.ctx.structure_environment if self.ctx is not None else self._structure_environment


class _Cached:
    __slots__ = ("node", "lines", "result", "analysed", "checked", "source", "rnn_in_reach", "_calls_into", "_decided",
                 "_words", "_returns_classes")

    def __init__(self, node, lines, result, analysed: _AnalysedText, checked, source, rnn_in_reach=None) -> None:
        self.node, self.lines, self.result, self.analysed = node, lines, result, analysed
        self.checked = checked  # the engine generation it was last known valid in
        self.source = source  # the function's text, decorators included
        self.rnn_in_reach = rnn_in_reach  # what ctx.rnn_in_reach said, when the analysis asked
        self._calls_into: dict[str, tuple] = {}
        self._decided: bool | None = None
        self._words: frozenset[str] | None = None
        self._returns_classes: bool | None = None

    @property
    def words(self) -> frozenset[str]:
        """The whole words of its source (redefinitions.words): a pasted or deleted definition asks every result
        of the file whether it names one."""
        if self._words is None:
            self._words = words(self.source or "")
        return self._words

    @property
    def returns_classes(self) -> bool:
        """Does its summary return an object of a class of the workspace (_returns_a_changed_class asks which)?"""
        if self._returns_classes is None:
            self._returns_classes = any(t is not None and t.cls is not None
                                        for t in self.result.summary.returned_types.values())
        return self._returns_classes

    @property
    def decided_by_callers(self) -> bool:
        """_decided_by_callers of its summary: asked of every result of a file at every keystroke."""
        if self._decided is None:
            self._decided = _decided_by_callers(self.result.summary)
        return self._decided

    def calls_into(self, path: str) -> tuple:
        """(callee key, callee function without what it was told) of its callees in file `path`: asked at
        every keystroke of a file with specialisations (Engine._only_specialised), the same while it lives."""
        found = self._calls_into.get(path)
        if found is None:
            found = self._calls_into[path] = tuple((callee, (callee[0], callee[1].split("#")[0]))
                                                   for callee in self.result.callees if callee[0] == path)
        return found


def _returns_a_changed_class(cached: _Cached, ctx: ModuleContext, names: frozenset | None = None) -> bool:
    """Does the function return an object of a class of this file parsed anew since it was analysed (`build()`
    returning a Reader whose forward was edited)? Its callers read that class's methods through the result.
    `names`: the classes an edit touched (None: any), for the fast path."""
    return any(t is not None and t.cls is not None and (names is None or t.cls.name in names or ANY_CLASS in names)
               and class_changed(t.cls, ctx) for t in cached.result.summary.returned_types.values())


def _read_a_changed_option(cached: _Cached, ctx: ModuleContext) -> bool:
    """Did its analysis read an option whose plain-run value this edit changed (`add_argument("--probe",
    default=True)` in parse_args(), read by another function as `args.probe`)?"""
    read = cached.result.configured_read
    return bool(read) and any(ctx.configured_value(name) != value for name, value in read.items())


ANY_CLASS = "*"  # (_classes_in: a chunk whose statements were not indexed may define any class)


def _classes_in(chunks: list) -> frozenset:
    """The classes these chunks define (ANY_CLASS when one may define classes nobody indexed)."""
    found: set[str] = set()
    for chunk in chunks:
        classes = classes_defined(chunk)
        found |= set(classes) if classes is not None else {ANY_CLASS}
    return frozenset(found)


def _same_structure(cached: _Cached, ctx: ModuleContext) -> bool:
    """Only module-level data changed (`lr = 0.1`, a loop's `history.append(...)`): does the result
    still hold? It does when the globals its analysis read kept their text."""
    if cached.analysed.structure_environment != ctx.structure_environment:
        return False
    return all(ctx.global_text(name) == text for name, text in cached.result.globals_read.items())


def _function_source(ctx: ModuleContext, node) -> str:
    first = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
    return "\n".join(ctx.lines.lines[ctx.real_line(first) - 1:ctx.real_line(node.end_lineno)])


def _normalise(qualname: str) -> str:
    """`torch.nn.modules.rnn.LSTM` and friends are spelled as users spell them."""
    for long, short in (("torch.nn.modules.rnn.", "torch.nn."), ("torch.nn.modules.container.", "torch.nn."),
                        ("torch.autograd.grad_mode.", "torch."), ("torch.nn.parallel.data_parallel.", "torch.nn.")):
        if qualname.startswith(long):
            return short + qualname[len(long):]
    if qualname.startswith("captum.attr.") and qualname.count(".") > 2:
        return "captum.attr." + qualname.rsplit(".", 1)[1]
    return qualname
