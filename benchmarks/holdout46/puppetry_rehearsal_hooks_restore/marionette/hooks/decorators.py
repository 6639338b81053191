import functools

import torch


def measured_in_eval(fn):
    """Run a rehearsal hook as a measurement: eval mode, no graph."""

    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        previous = self.model.training
        self.model.eval()
        try:
            with torch.no_grad():
                return fn(self, *args, **kwargs)
        finally:
            self.model.train(previous)

    return wrapper
