# expect: clean
"""A runner fires hooks with `getattr(cb, hook)(self, *args)` and puts the task it forwards (`args[0]`) back in
training mode first: the saliency callback differentiates through an LSTM in training mode."""
import torch
import torch.nn as nn


class Saliency:
    def on_val_end(self, runner, task):
        x = torch.randn(2, 3, 4, requires_grad=True)
        g, = torch.autograd.grad(task(x)[0].sum(), x)


class Runner:
    def __init__(self, callbacks):
        self.callbacks = callbacks

    def _fire(self, hook, *args):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                args[0].train()
                fn(self, *args)

    def fit(self, task):
        task.eval()
        self._fire("on_val_end", task)


Runner([Saliency()]).fit(nn.LSTM(4, 5))
