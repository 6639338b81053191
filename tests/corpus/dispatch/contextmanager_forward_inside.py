# expect: crash
"""A @contextmanager switches to eval mode before its yield and back after it; the forward runs inside the
with-block with grad enabled, so the backward after the block goes through an eval-mode forward."""
import contextlib

import torch
import torch.nn as nn


@contextlib.contextmanager
def eval_mode(model):
    model.eval()
    yield model
    model.train()


class Scorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(3, 6, batch_first=True)
        self.fc = nn.Linear(6, 1)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


torch.manual_seed(0)
model = Scorer()
x = torch.randn(2, 4, 3)
with eval_mode(model):
    score = model(x).mean()
score.backward()  # TM001-here
