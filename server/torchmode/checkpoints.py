"""Checkpoint files as objects of the heap: `torch.save(model, path)` pickles the module with its
modes, `torch.load(path)` gives it back in them.

In one function the file is a table entry (`FunctionAnalysis._saved`). Across functions a file
this function loads but did not save is an *entry* object, keyed `g:@ckpt_<digest of the path
expression>`: like a parameter, its mode is what the caller left there. A function's summary
lists the files it saved (`Summary.saves`); a caller applies them to its own table, and at a call
translates the callee's checkpoint keys to the object its table says the file holds — so
`pretrain()` saving an eval model and `finetune()` loading and training it meet in the caller
that runs both.
"""

from __future__ import annotations

import hashlib

PREFIX = "g:@ckpt_"


def checkpoint_key(path_expr: str) -> str:
    """The entry key of the module a checkpoint file named by `path_expr` holds. A digest (not
    hash()): keys travel between worker processes and caches, and must not hold `.` or `[`. A
    file named by an expression (`path_text`) is keyed apart: which file it is, nobody here knows."""
    named = EXPRESSION if path_expr.startswith("`") else ""
    return PREFIX + named + hashlib.blake2s(path_expr.encode("utf-8"), digest_size=6).hexdigest()


EXPRESSION = "x_"  # after PREFIX: a file named by an expression, not a string constant


def path_text(code: str) -> str:
    """How a checkpoint path written as an expression (`os.path.join(run_dir, "model.pth")`) is named,
    apart from the string constants that name files."""
    return "`" + " ".join(code.split()) + "`"


def named_by_expression(key: str) -> bool:
    return key.startswith(PREFIX + EXPRESSION)


def parameter_checkpoint_key(param: str) -> str:
    """The entry key of the module in a file named by a parameter (`torch.load(path)` in
    `from_checkpoint(cls, path)`): the caller, which knows the path it passes, says which file."""
    return f"{PREFIX}p_{param}"


def checkpoint_parameter(key: str) -> str | None:
    """The parameter naming the file of a parameter_checkpoint_key, else None."""
    head = key[len(PREFIX):].split(".")[0].split("[")[0] if key.startswith(PREFIX + "p_") else ""
    return head[2:] or None


def is_checkpoint_key(key: str) -> bool:
    return key.startswith(PREFIX)


BUFFER_PREFIX = "obj:"


def buffer_file(key: str) -> str:
    """The checkpoint name of an in-memory file (`buf = io.BytesIO(); torch.save(model, buf)`): the
    buffer object's key, which a caller translates like any object it gets back (its bytes, a new
    BytesIO over them, name the same buffer)."""
    return BUFFER_PREFIX + key


def buffer_key(name: str) -> str | None:
    return name[len(BUFFER_PREFIX):] if name.startswith(BUFFER_PREFIX) else None
