# expect: crash
"""As hook_called_when_the_callback_has_it, but the callback's class defines `after_epoch`, not the `before_epoch`
the loop asks for: `hasattr` fails, nothing puts the model back in training mode, and the backward runs in eval."""
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
    def after_epoch(self, model):
        model.train()


def epoch(model, callback, hook, x):
    model.eval()
    with torch.no_grad():
        print(model(x).argmax(-1))
    if hasattr(callback, hook):
        getattr(callback, hook)(model)
    model(x).pow(2).mean().backward()  # TM001-here


epoch(Tagger(), TrainAgain(), "before_epoch", torch.randn(2, 5, 3))
