# expect: clean
"""A descriptor (`__get__`) hands out the runner's model for scoring and switches it to eval mode as it does; the
adaptation step that follows switches the same model back to train mode first."""
import torch
import torch.nn as nn


class Frozen:
    """A descriptor: reading `runner.frozen_model` hands back the model switched to eval."""

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        obj.model.eval()
        return obj.model


class Runner:
    frozen_model = Frozen()

    def __init__(self):
        self.model = nn.LSTM(3, 4, batch_first=True)


r = Runner()
scored = r.frozen_model(torch.randn(2, 5, 3))[0]
r.model.train()
out, _ = r.model(torch.randn(2, 5, 3))
out.sum().backward()
