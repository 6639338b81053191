"""AnalysisMixin: the base of FunctionAnalysis's parts, for mypy.

flow.FunctionAnalysis is assembled from mixins (expressions.py, calls.py, methods.py, summaries.py,
backward.py); each reads fields that FunctionAnalysis.__init__ sets and calls methods another part
defines. This class declares them once, so each part type-checks on its own. At run time it is empty.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .context import ModuleContext
    from .host import AnalysisHost
    from .modeltypes import ModelType
    from .state import State, Val


class AnalysisMixin:
    if TYPE_CHECKING:
        # Set by flow.FunctionAnalysis.__init__.
        callees: dict
        cls_param: str | None
        ctx: ModuleContext
        current_stmt: ast.stmt | None
        engine: AnalysisHost
        field_classes: dict[str, tuple]
        alternative_classes: dict[str, tuple]
        field_consts: dict[str, object]
        configured_read: dict[str, object]  # (FunctionResult.configured_read: the options' values it read)
        cells_written: set[str]
        field_members: dict[str, tuple]
        forward_hooks: dict[str, tuple]
        hazards: dict
        inline_depth: int
        pinned_anchor: Any
        token_statements: dict  # EvalToken -> ids of the statements it was set in (expressions.noted_token)
        delegate_depth: int
        is_module: bool
        key_text: dict[str, str]
        key_types: dict[str, ModelType | None]
        locals: set[str]
        node: Any  # the function's def, None for the module body
        owner: Any  # the class a method belongs to, None for a function
        yielded: list[tuple[State, Val, tuple, ast.expr]]  # a generator's yields: the state at each, the value, its constants, the yield
        closed_at: list  # (state at a yield, the state once the generator is closed there)
        loops: list
        param_names: list[str]
        param_rows: dict[str, tuple]  # parameter -> the functions a caller wrote out for it, in order
        _row_values: dict[str, Val]  # parameter with a row -> the value it held on entry
        comprehension_values: list[list[Val]]
        param_consts: dict[str, str | None]
        cudnn_at_entry: bool  # cuDNN's switch when the function starts: the file's, or off as a caller told it
        param_types: dict  # parameter -> the class a caller told (a specialisation)
        qualname: str
        site_function: str | None
        registry_params: set[str]
        restoring: Val | None
        standing_for_parts: set[str]
        requirements: set
        returns: list[tuple[State, Val]]
        _copies: dict[str, str]
        _saved: dict[str, tuple]
        self_cls: Any
        _stmt_paths: dict
        made_forwards: set
        stmt_stack: list[tuple[tuple, int, int, int]]  # (block, index, first line, last line)
        finally_stack: list  # (a `finally` body or a `with`'s exit, loop depth): what a `return` runs on its way out
        escapes: list[list]  # per enclosing `try` (and the function): the states an exception may leave in it
        _declared_global: Callable[[], frozenset]  # names the function declares `global` (flow.py)
        _into_global: Callable[[str, Val, State], Val]  # `global X; X = <value>` (flow.py)
        raising_calls: int  # calls applied so far whose function may raise (Summary.may_raise)
        raises_out: bool  # an exception may leave this function (Summary.may_raise)
        grad_input_params: set[str]  # Summary.grad_input_params
        _asked_modules: Callable[..., Any]
        main_guard_depth: int
        is_context_manager: bool
        callee_ctx: Any
        unresolved: set[str]
        called_fields: set[str]
        entry_stores: set[str]
        called_params: set[str]
        dict_entry_keys: set[str]
        dict_literal_entries: dict[int, dict[str, Val]]  # a dict literal's values by key (flow._record_entries)
        field_member_keys: dict[str, frozenset]
        last_applied: Any  # Summary | None
        alloc_suffix: str
        member_consts: dict[str, str]  # key of an enum member -> its constant
        coroutines: dict[str, tuple[Any, list, dict]]  # key of a coroutine object -> its function and arguments
        _stepped: dict[str, tuple]  # variable -> the generator next() steps there (stepping.py)
        _exit_stacks: dict[str, list]  # ExitStack variable -> the exits entered on it (flow.enter_on_stack)
        enter_on_stack: Callable[..., Any]
        consuming_call: Callable[..., Any]  # (flow)
        classes_in_sorted_order: Callable[..., Any]  # (flow)
        _isinstance_narrowing: Callable[..., Any]  # (flow)
        sorted_classes: Callable[..., Any]  # (calls)
        sorted_keys: Callable[..., Any]  # (calls)
        step_generator: Callable[..., Any]
        clear_memo: Callable[..., Any]  # (summaries)
        _statement_lines: Callable[..., Any]  # (higher_order)
        _own_method_of_a_plain_class: Callable[..., Any]  # (methods)
        class_default: Callable[..., Any]  # (expressions)
        # Defined in one part, called from another.
        anchor: Callable[..., Any]
        setter_consts: Callable[..., Any]
        apply: Callable[..., Any]
        construct: Callable[..., Any]
        apply_each: Callable[..., Any]
        _apply_to_submodules: Callable[..., Any]
        _partly_frozen: Callable[..., Any]
        assign: Callable[..., Any]
        backward: Callable[..., Any]
        _backward_taint: Callable[..., Any]
        backward_with_graph: Callable[..., Any]
        towards: Callable[..., Any]
        _bind: Callable[..., Any]
        block: Callable[..., Any]
        statement: Callable[..., Any]
        _through_finally: Callable[..., Any]
        call: Callable[..., Any]
        call_transformed: Callable[..., Any]
        call_value: Callable[..., Any]
        construct_consts: Callable[..., Any]
        double_backward: Callable[..., Any]
        double_backward_functional: Callable[..., Any]
        differentiated_run: Callable[..., Any]
        element_of: Callable[..., Any]
        enum_member: Callable[..., Any]
        dict_entry: Callable[..., Any]
        submodule_table: Callable[..., Any]
        submodule_at: Callable[..., Any]
        submodule_owners: Callable[..., Any]
        constant_entry: Callable[..., Any]
        _is_builtin_getattr: Callable[..., Any]
        _getattr_name: Callable[..., Any]
        dict_entries: Callable[..., Any]
        _entries: Callable[..., Any]
        is_dict_object: Callable[..., bool]
        _getattr_fallback: Callable[..., Any]
        _descriptor_read: Callable[..., Any]
        _zipped_elements: Callable[..., Any]
        _class_of: Callable[..., Any]
        _own_call_method: Callable[..., Any]
        _plain_list_fields: Callable[..., Any]
        _note_members: Callable[..., Any]
        _note_field_called: Callable[..., Any]
        eval_token: Callable[..., Any]
        field_guards: Callable[..., tuple]  # (flow)
        guards_let_through: Callable[..., bool]  # (expressions)
        class_constants: Callable[..., dict]  # (expressions)
        expr: Callable[..., Any]
        fed_to_rnns: Callable[..., Any]
        inline: Callable[..., Any]
        note_inlined: Callable[..., None]
        note_inlined_definition: Callable[..., None]
        field_test: Callable[..., Any]
        forward: Callable[..., Any]
        fresh: Callable[..., Any]
        func_transform: Callable[..., Any]
        functional_result: Callable[..., Any]
        _passed_funcs: Callable[..., Any]
        _field_value: Callable[..., Any]
        decorated_call: Callable[..., Any]
        grad_attribute: Callable[..., Any]
        gradients: Callable[..., Any]
        _holds_no_rnn: Callable[..., Any]
        _inline_forward: Callable[..., Any]
        frozen_by: Callable[..., Any]
        _property_kind: Callable[..., Any]
        cached_property_read: Callable[..., Any]
        _is_container: Callable[..., Any]
        _iterates_its_modules: Callable[..., Any]
        pool_call: Callable[..., Any]
        _iterated_submodules: Callable[..., Any]
        ask_caller_about: Callable[..., Any]
        statement_path: Callable[..., Any]
        flag_truth: Callable[..., Any]
        static_truth: Callable[..., Any]
        classes_named: Callable[..., Any]
        plain_object: Callable[..., Any]
        operand_value: Callable[..., Any]
        module_level_value: Callable[..., Any]
        eval_token_unless: Callable[..., Any]
        predicate_truth: Callable[..., Any]
        ask_constants_of: Callable[..., Any]
        settings_entry: Callable[..., Any]  # (expressions)
        dict_literal_entry: Callable[..., Any]
        configured_truth: Callable[..., Any]
        method_call: Callable[..., Any]
        name: Callable[..., Any]
        new_key: Callable[..., Any]
        other_module_global: Callable[..., Any]
        _unindexable_module: Callable[..., Any]
        decorated_class_global: Callable[..., Any]
        passed_field_constant: Callable[..., Any]
        store_cell: Callable[..., Any]
        settings_dict: Callable[..., Any]
        dict_object: Callable[..., Any]
        field_const: Callable[..., Any]
        _set_field_const: Callable[..., Any]
        ask_for_returned_fields: Callable[..., Any]
        cell_value: Callable[..., Any]
        cell_call: Callable[..., Any]
        relocate_second_order: Callable[..., Any]
        _rnn_layout: Callable[..., Any]
        rnn_mode: Callable[..., frozenset]
        rule_requirement: Callable[..., Any]
        run_callable: Callable[..., Any]
        site: Callable[..., Any]
        mapping_entry: Callable[..., Any]
        definition_in_force: Callable[..., Any]
        named_field_callables: Callable[..., Any]
        store_field: Callable[..., Any]
        forget_settings_keys: Callable[..., Any]
        settings_update: Callable[..., Any]
        _settings_keys: Callable[..., Any]
        folded_call_text: Callable[..., Any]
        registry_object: Callable[..., bool]
        _single_assignment: Callable[..., Any]
        _enter_context: Callable[..., None]
        _special_method: Callable[..., Any]
        _taint_towards: Callable[..., Any]
        _translate: Callable[..., Any]
        type_of: Callable[..., Any]
        module_receiver: Callable[..., Any]
        _user_decorators: Callable[..., Any]
        _wrap_range: Callable[..., Any]
