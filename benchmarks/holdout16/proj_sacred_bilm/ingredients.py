"""A tiny Sacred look-alike: config functions, captured functions, automain."""
import functools
import inspect
import logging

import torch


class Experiment:
    def __init__(self, name):
        self.name = name
        self.cfg = {}
        self.log = logging.getLogger(name)

    def config(self, fn):
        src_locals = {}
        code = inspect.getsource(fn).split("\n", 2)[2]
        exec(inspect.cleandoc(code), {}, src_locals)
        self.cfg.update(src_locals)
        return fn

    def capture(self, fn):
        sig = inspect.signature(fn)

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            bound = sig.bind_partial(*args, **kwargs)
            for name in sig.parameters:
                if name in bound.arguments:
                    continue
                if name == "_log":
                    kwargs[name] = self.log
                elif name == "_rng":
                    kwargs[name] = torch.Generator().manual_seed(self.cfg.get("seed", 0))
                elif name in self.cfg:
                    kwargs[name] = self.cfg[name]
            return fn(*args, **kwargs)

        return wrapper

    def automain(self, fn):
        mod = inspect.getmodule(fn)
        if mod is not None and mod.__name__ == "__main__":
            logging.basicConfig(level=logging.INFO)
            self.capture(fn)()
        return fn


ex = Experiment("bilm")
