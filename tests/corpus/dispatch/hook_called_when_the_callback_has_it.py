# expect: clean
"""A callback's hook runs only when the callback has it (`if hasattr(callback, hook): getattr(callback, hook)(model)`);
the caller passes a callback whose class defines `before_epoch`, which puts the model back in training mode after
the evaluation forward: the training backward runs in training mode."""
import torch
from torch import nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 4, batch_first=True)
        self.out = nn.Linear(4, 2)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1])


class TrainAgain:
    def before_epoch(self, model):
        model.train()


def epoch(model, callback, hook, x):
    model.eval()
    with torch.no_grad():
        print(model(x).argmax(-1))
    if hasattr(callback, hook):
        getattr(callback, hook)(model)
    model(x).pow(2).mean().backward()


epoch(Tagger(), TrainAgain(), "before_epoch", torch.randn(2, 5, 3))
