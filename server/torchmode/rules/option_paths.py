"""Findings on a path that only a command-line option opens.

`if args.arch == "lstm": model = LSTMNet()` with `--arch` defaulting to "cell": a run with `--arch lstm` crashes,
so the finding stays (the README's rule), but a plain run of the script does not, and that is how people judge a
program. Such a finding says which test a plain run fails and comes as a warning, not an error.
"""

from __future__ import annotations

import ast
import copy
import dataclasses
import re
from typing import cast

from ..facts import Hazard
from ..findings import Finding, Range, Related
from ..methods import default_truth
from ..syntax import COMPARISONS, names_in, parameter_names, substituted

# A module built in this file is keyed by where (`n:75:16`), one built in a call by the call too (`c:60:12:n:46:16`).
_ALLOCATED_AT = re.compile(r"\bn:(\d+):\d+")


def graded(ctx, group: list[Hazard], finding: Finding) -> Finding:
    """The finding as it stands, or, when every hazard of its group needs a branch a plain run does not take (the
    model built, the forward, the backward or every eval it meets under such a test), a warning saying which test
    and pointing at it (a related place: an edit of that line makes the finding be built again)."""
    if "add_argument" not in ctx.text:
        return finding
    skipped = [_skipped_branch(ctx, hazard) for hazard in group]
    first = skipped[0]
    if first is None or not all(skipped):
        return finding
    note, test = first
    place = Related(ctx.path, _range(ctx, test), "a plain run does not take this branch")
    return dataclasses.replace(finding, message=finding.message + note, severity="warning",
                               related=(*finding.related, place))


def _range(ctx, node: ast.expr) -> Range:
    first, last = ctx.real_line(node.lineno), ctx.real_line(node.end_lineno or node.lineno)
    return Range.of(first - 1, ctx.lines.column(first, node.col_offset),
                    last - 1, ctx.lines.column(last, node.end_col_offset or node.col_offset))


def _skipped_branch(ctx, hazard: Hazard) -> tuple[str, ast.expr] | None:
    forward = hazard.forward
    root = re.split(r"[.\[]", forward.key, maxsplit=1)[0]  # (the object, not the field the forward ran)
    places = [ctx.real_line(int(line)) for line in _ALLOCATED_AT.findall(root)]
    places += [site.line for site in (forward.site, hazard.report) if site.path == ctx.path]
    anchor = forward.anchor
    if hazard.report.path == ctx.path or any(site.path == ctx.path and site.function == anchor.function
                                             for site in (forward.site, *(t.site for t in forward.evals()))):
        # (the statement that led to the forward, where a fix goes: `net = adapt(m) if ttt else m`, a call under `if
        # cfg["prune_scores"]:`)
        places.append(anchor.line)
    for line in places:
        note = _note_for(ctx, line)
        if note:
            return note
    evals = [token.site.line for token in forward.evals() if token.site.path == ctx.path]
    notes = [_note_for(ctx, line) for line in evals]
    return notes[0] if evals and all(notes) else None


def plain_run_skips(ctx, line: int) -> bool:
    """Does a plain run of the script skip the file's `line`, a test on an option around it failing (`if
    cfg["arch"] == "lstm":` with `--arch` defaulting to "cell")?"""
    return "add_argument" in ctx.text and _note_for(ctx, line) is not None


def _note_for(ctx, line: int, configured: bool = True) -> tuple[str, ast.expr] | None:
    """The first test around the file's `line` whose branch holding it a plain run does not take, as a note."""
    chunk = ctx.chunk_at(line)
    if chunk is None or chunk.tree is None:
        return None
    for test, taken_when, function in _branches_holding(ctx, chunk.tree.body, line):
        read = _options_for_parameters(ctx, test, function)
        option = _plain_value(ctx, read, configured)
        if option is None and (entries := _entries_as_options(ctx, read)) is not read:
            read, option = entries, _plain_value(ctx, entries, configured=False)
        if option is not None and option[0] != taken_when:
            where = f" in `{function.name}()`" if read is not test else ""
            flag, value = option[1], option[2]
            wanted = "" if taken_when else " is false"
            return (f"; only a run where `{_written(ctx, test)}`{where}{wanted} gets here (a plain run gives `{flag}` its "
                    f"default, {_spelled(value)})"), test
    return None


def _written(ctx, test: ast.expr) -> str:
    """The test as the file spells it (one line), else as Python prints it."""
    first = ctx.real_line(test.lineno)
    if test.end_lineno != test.lineno:
        return ast.unparse(test)
    text = ctx.lines.line(first)
    return text[ctx.lines.column(first, test.col_offset):ctx.lines.column(first, test.end_col_offset or 0)]


def _spelled(value: object) -> str:
    return f'"{value}"' if isinstance(value, str) else repr(value)


def _branches_holding(ctx, body: list, line: int, function=None):
    """(test, the truth that leads to `line`, the function the test is in) of each `if` around the file's `line`,
    outermost first; an `if` before it that returns (`if cfg["ttt_mode"] == "head": ...; return adapted`) leads there
    when it fails."""
    exits = []
    for statement in body:
        first, last = ctx.real_line(statement.lineno), ctx.real_line(statement.end_lineno or statement.lineno)
        if last < line and isinstance(statement, ast.If) and not statement.orelse \
                and isinstance(statement.body[-1], (ast.Return, ast.Raise)):
            exits.append(statement.test)
        if not first <= line <= last:
            continue
        for test in exits:
            yield test, False, function
        if isinstance(statement, ast.If):
            for suite, truth in ((statement.body, True), (statement.orelse, False)):
                if suite and ctx.real_line(suite[0].lineno) <= line <= ctx.real_line(suite[-1].end_lineno or 0):
                    yield statement.test, truth, function
                    yield from _branches_holding(ctx, suite, line, function)
            return
        if isinstance(statement, (ast.Assign, ast.AnnAssign, ast.Expr, ast.Return)):
            yield from _conditional_calls(statement, function)
            return
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
            function = statement
        for field in ("body", "orelse", "finalbody"):
            yield from _branches_holding(ctx, getattr(statement, field, None) or [], line, function)
        for inner in getattr(statement, "handlers", None) or []:
            yield from _branches_holding(ctx, inner.body, line, function)
        return


def _conditional_calls(statement: ast.stmt, function):
    """(test, the truth that leads to the calls, function) of each `a if test else b` in a simple statement where only
    one side calls anything (`net = adapt(model, x) if use_ttt else model`): a path into a callee takes that side."""
    for node in ast.walk(statement):
        if isinstance(node, ast.IfExp):
            calls = [any(isinstance(n, ast.Call) for n in ast.walk(side)) for side in (node.body, node.orelse)]
            if calls[0] != calls[1]:
                yield node.test, calls[0], function


def _plain_value(ctx, test: ast.expr, configured: bool = True) -> tuple[bool, str, object] | None:
    """(truth in a plain run, the option's flag, its default) of a test on one option parsed in this file:
    `args.arch == "lstm"`, `args.saliency`, `not args.finetune`."""
    negated = isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not)
    inner = test.operand if isinstance(test, ast.UnaryOp) and negated else test
    defaults = ctx.argument_defaults
    option: ast.Attribute | None = None
    if isinstance(inner, ast.Compare) and _none_test(ctx, inner):  # `args.ttt_mode is not None`, no default given
        flag = ctx.option_flag(cast(ast.Attribute, inner.left).attr)
        return isinstance(inner.ops[0], ast.Is) != negated, flag, None
    if isinstance(inner, ast.Compare):
        option = next((side for side in (inner.left, *inner.comparators)
                       if isinstance(side, ast.Attribute) and _is_option(ctx, side)), None)
        truth = default_truth(inner, defaults) if option is not None else None
    elif isinstance(inner, ast.Attribute) and _is_option(ctx, inner) and isinstance(defaults[inner.attr], bool):
        option, truth = inner, defaults[inner.attr]
    if option is None or truth is None:
        return _plain_configured(ctx, inner, negated) if configured else None
    return truth != negated, ctx.option_flag(option.attr), defaults[option.attr]


def _none_test(ctx, test: ast.Compare) -> bool:
    """`args.x is None` (`is not None`) of an option of this file that a plain run leaves None."""
    return len(test.ops) == 1 and isinstance(test.ops[0], (ast.Is, ast.IsNot)) \
        and isinstance(test.comparators[0], ast.Constant) and test.comparators[0].value is None \
        and isinstance(test.left, ast.Attribute) and isinstance(test.left.value, ast.Name) \
        and test.left.value.id in _namespaces(ctx) \
        and ctx.option_defaults_to_none(test.left.attr)


def _plain_configured(ctx, test: ast.expr, negated: bool) -> tuple[bool, str, object] | None:
    """(truth in a plain run, where the value is written, the value) of a test on a configuration entry,
    `cfg["ttt_mode"] == "head"` or `cfg["prune_scores"]`, whose key one module-level dict literal of this file gives a
    constant (`CONFIG = {..., "ttt_mode": "full"}`) and that the file changes only where an option a plain run does
    not give says so (`if args.ttt_mode is not None: cfg["ttt_mode"] = args.ttt_mode`)."""
    entry = test.left if isinstance(test, ast.Compare) and len(test.ops) == 1 else test
    if not (isinstance(entry, ast.Subscript) and isinstance(entry.value, ast.Name)
            and isinstance(entry.slice, ast.Constant) and isinstance(entry.slice.value, str)):
        return None
    written = _configured_default(ctx, entry.slice.value)
    if written is None:
        return None
    table, value = written
    if isinstance(test, ast.Compare):
        other, operation = test.comparators[0], COMPARISONS.get(type(test.ops[0]))
        # (a constant, or a tuple, list or set of constants: `cfg["mode"] in ("full", "head")`)
        if operation is None or not (isinstance(other, ast.Constant) or isinstance(other, (ast.Tuple, ast.List, ast.Set))
                                     and all(isinstance(e, ast.Constant) for e in other.elts)):
            return None
        try:
            truth = bool(operation(value, ast.literal_eval(other)))
        except (TypeError, ValueError):
            return None
    else:
        truth = bool(value)
    return truth != negated, f'{table}["{entry.slice.value}"]', value


def _configured_default(ctx, key: str) -> tuple[str, object] | None:
    """(the dict's name, the constant) of the one module-level dict literal giving `key`, when no other dict of the
    file names it, nothing updates dicts wholesale and every store of the key sits in a branch a plain run skips."""
    found = getattr(ctx, "_configured_defaults", None)
    if found is None:
        found = ctx._configured_defaults = {}
    if key in found:
        return found[key]
    writes = _entry_writes(ctx)
    tables = [(name, value) for name, value in dict.items(ctx.globals) if isinstance(value, ast.Dict)]
    given = [(name, v.value) for name, table in tables for k, v in zip(table.keys, table.values)
             if isinstance(k, ast.Constant) and k.value == key and isinstance(v, ast.Constant)]
    result = None
    # (`cfg.update(vars(args))`: what a run gives, unknown)
    if len(given) == 1 and len(writes.dicts.get(key, ())) == 1 and not writes.updates_from_options:
        # (the key's own stores, and stores by a computed key of what the options hold: `cfg[k] = v` over `vars(args)`)
        stores = writes.stores.get(key, []) + writes.computed_stores
        if all(_note_for(ctx, ctx.real_line(node.lineno), configured=False) for node in stores):
            result = given[0]
    found[key] = result
    return result


def _options_for_parameters(ctx, test: ast.expr, function) -> ast.expr:
    """The test with each parameter of its function that every call in this file passes one option (`build(args.arch)`)
    replaced by that option: `arch == "lstm"` in `build` reads `args.arch == "lstm"`."""
    if function is None:
        return test
    params = parameter_names(function)
    passed: dict[str, ast.expr] = {name: option for name in names_in(test) if name in params
              and (option := _option_passed(ctx, function.name, params.index(name), name)) is not None}
    return substituted(test, passed) if passed else test


def _option_passed(ctx, called: str, index: int, name: str) -> ast.Attribute | None:
    given = []
    for node in _calls_by_name(ctx).get(called, ()):
        keyword = next((k.value for k in node.keywords if k.arg == name), None)
        given.append(keyword if keyword is not None else node.args[index] if index < len(node.args) else None)
    options = [value for value in given if isinstance(value, ast.Attribute) and _is_option(ctx, value)]
    if not given or len(options) != len(given) or len({value.attr for value in options}) != 1:
        return None
    return options[0]


def _entries_as_options(ctx, test: ast.expr) -> ast.expr:
    """The test with each `cfg["arch"]` whose entry the file fills only from one option (and constants) read as that
    option: `cfg = merge(CFG, args)` doing `out.update(arch=args.arch)`, or `{"arch": args.arch}`. The test itself
    when there is none."""
    class Entries(ast.NodeTransformer):
        def visit_Subscript(self, node: ast.Subscript) -> ast.AST:
            key = node.slice.value if isinstance(node.slice, ast.Constant) else None
            option = _option_entry(ctx, key) if isinstance(key, str) and isinstance(node.value, ast.Name) else None
            return ast.copy_location(copy.deepcopy(option), node) if option is not None else node

    if not any(isinstance(n, ast.Subscript) for n in ast.walk(test)):
        return test
    changed = Entries().visit(copy.deepcopy(test))
    return changed if ast.dump(changed) != ast.dump(test) else test


def _option_entry(ctx, key: str) -> ast.Attribute | None:
    """The one option every non-constant value the file puts under `key` is (in a dict literal, an `update(key=...)`,
    a store `cfg[key] = ...`); None otherwise."""
    written = _entry_writes(ctx).values.get(key, [])
    options = [cast(ast.Attribute, value) for value in written if _is_option(ctx, value)]
    # (constants, the option, or the entry copied on: `{"arch": cfg["arch"], "mae": ...}` of a report)
    plain = all(isinstance(value, ast.Constant) or _is_option(ctx, value) or isinstance(value, ast.Subscript)
                and isinstance(value.slice, ast.Constant) and value.slice.value == key for value in written)
    return options[0] if options and plain and len({o.attr for o in options}) == 1 else None


@dataclasses.dataclass
class _EntryWrites:
    """What a file writes under constant keys, walked once per text: the dict literals naming each key, the values put
    under it (dict literals, `update(key=...)`, plain stores `cfg[key] = ...`), the statements storing it (augmented
    too), the stores by a computed key of what the options hold, and whether an update or setdefault reads them."""
    dicts: dict = dataclasses.field(default_factory=dict)
    values: dict = dataclasses.field(default_factory=dict)
    stores: dict = dataclasses.field(default_factory=dict)
    computed_stores: list = dataclasses.field(default_factory=list)
    updates_from_options: bool = False


def _entry_writes(ctx) -> _EntryWrites:
    found = getattr(ctx, "_entry_writes", None)
    if found is not None:
        return found
    found = ctx._entry_writes = _EntryWrites()
    namespaces = _namespaces(ctx)
    for node in ast.walk(ast.Module(body=ctx.body, type_ignores=[])):
        if isinstance(node, ast.Dict):
            keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
            for key in dict.fromkeys(keys):
                found.dicts.setdefault(key, []).append(node)
            for k, v in zip(node.keys, node.values):
                if isinstance(k, ast.Constant):
                    found.values.setdefault(k.value, []).append(v)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr == "update":
                for keyword in node.keywords:
                    if keyword.arg is not None:
                        found.values.setdefault(keyword.arg, []).append(keyword.value)
            if node.func.attr in ("update", "setdefault") and not namespaces.isdisjoint(names_in(node)):
                found.updates_from_options = True
        elif isinstance(node, (ast.Assign, ast.AugAssign)):
            targets = [t for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
                       if isinstance(t, ast.Subscript)]
            for target in targets:
                if isinstance(target.slice, ast.Constant) and isinstance(node, ast.Assign):
                    found.values.setdefault(target.slice.value, []).append(node.value)
            for key in dict.fromkeys(t.slice.value for t in targets if isinstance(t.slice, ast.Constant)):
                found.stores.setdefault(key, []).append(node)
            if any(not isinstance(t.slice, ast.Constant) for t in targets) and not namespaces.isdisjoint(names_in(node)):
                found.computed_stores.append(node)
    return found


def _calls_by_name(ctx) -> dict[str, list[ast.Call]]:
    """The file's calls of plain names, by name: walked once per text (every parameter of every test asked it)."""
    found = getattr(ctx, "_calls_by_name", None)
    if found is None:
        found = {}
        for node in ast.walk(ast.Module(body=ctx.body, type_ignores=[])):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                found.setdefault(node.func.id, []).append(node)
        ctx._calls_by_name = found
    return found


def _namespaces(ctx) -> set[str]:
    """The names an option is read through: what parse_args fills here, and the usual `args`, `opt`, `opts`."""
    return ctx.options_namespaces | {"args", "opt", "opts"}


def _is_option(ctx, node: ast.expr | None) -> bool:
    """`args.arch`: an attribute of a name that parse_args fills (or `args`), for an option of this file's parser."""
    return isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
        and node.value.id in _namespaces(ctx) and node.attr in ctx.argument_defaults
