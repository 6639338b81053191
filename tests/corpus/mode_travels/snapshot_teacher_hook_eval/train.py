# expect: crash
# fix: cudnn
"""A job object keeps the model and, once a hook has taken it, a snapshot of it as the teacher. The snapshot is
a deep copy taken right after validation, so it is in eval mode; the next epoch's distillation term runs it with
grad enabled and the backward goes through its GRU. The teacher is None before the first snapshot, so a
train() on it there would raise: the fix keeps eval mode and runs the step without cuDNN."""
import types

import torch
import torch.nn as nn
import torch.nn.functional as F

from hooks import MeanTeacher


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True)
        self.out = nn.Linear(6, 4)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


class Job:
    def __init__(self, model, hooks):
        self.state = types.SimpleNamespace(model=model, teacher=None)
        self.hooks = list(hooks)
        self.opt = torch.optim.SGD(model.parameters(), lr=0.1)

    def _call(self, event, *args):
        for hook in self.hooks:
            fn = getattr(hook, event, None)
            if fn is not None:
                fn(self, *args)

    def loss_of(self, logits, x, y):
        loss = F.cross_entropy(logits, y)
        for hook in self.hooks:
            extra = getattr(hook, "extra_loss", None)
            if extra is not None:
                loss = loss + extra(self, logits, x)
        return loss

    def step(self, x, y):
        model = self.state.model
        model.train()
        loss = self.loss_of(model(x), x, y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()

    def validate(self, x, y):
        model = self.state.model
        model.eval()
        with torch.no_grad():
            return (model(x).argmax(-1) == y).float().mean().item()

    def run(self, x, y, epochs=3):
        for _ in range(epochs):
            self.step(x, y)
            self._call("on_validated", self.validate(x, y))


Job(Tagger(), [MeanTeacher()]).run(torch.randn(4, 5, 3), torch.randint(0, 4, (4,)))
