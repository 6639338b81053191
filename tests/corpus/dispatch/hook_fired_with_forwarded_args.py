# expect: crash
"""A runner fires hooks with `getattr(cb, hook)(self, *args)`; `fit` puts the task in eval mode and fires
"on_val_end" with it, and the saliency callback differentiates through the task's LSTM."""
import torch
import torch.nn as nn


class Saliency:
    def on_val_end(self, runner, task):
        x = torch.randn(2, 3, 4, requires_grad=True)
        g, = torch.autograd.grad(task(x)[0].sum(), x)  # TM001-here


class Runner:
    def __init__(self, callbacks):
        self.callbacks = callbacks

    def _fire(self, hook, *args):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:

                fn(self, *args)

    def fit(self, task):
        task.eval()
        self._fire("on_val_end", task)


Runner([Saliency()]).fit(nn.LSTM(4, 5))
