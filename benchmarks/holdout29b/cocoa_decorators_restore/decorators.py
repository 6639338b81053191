import functools
import time


def timed(store):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(self, *a, **kw):
            t0 = time.perf_counter()
            try:
                return fn(self, *a, **kw)
            finally:
                getattr(self, store).setdefault(fn.__name__, []).append(time.perf_counter() - t0)
        return wrapper
    return deco


def inference(fn):
    """Run a method in eval mode without autograd, then restore the mode."""
    @functools.wraps(fn)
    def wrapper(self, *a, **kw):
        was = self.model.training
        self.model.eval()
        import torch
        try:
            with torch.no_grad():
                return fn(self, *a, **kw)
        finally:
            self.model.train(was)
    return wrapper
