import functools

import torch


def measured_in_eval(fn):
    """Run a rehearsal hook as a measurement: eval mode, no graph."""

    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        self.model.eval()
        with torch.no_grad():
            result = fn(self, *args, **kwargs)
        return result

    return wrapper
