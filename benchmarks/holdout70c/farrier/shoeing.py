"""Model and an evaluation-mode context manager for the farrier notebooks."""
import torch
import torch.nn as nn


class GaitRNN(nn.Module):
    """Hoof-strike accelerometer sequences -> lameness score."""

    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(n_in, hidden, num_layers=2, batch_first=True, nonlinearity="relu")
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.head(o[:, -1]).squeeze(-1)


class Inspection:
    """`with Inspection(model):` — eval mode on enter, the old mode back on exit."""

    def __init__(self, model):
        self.model = model
        self._was = None

    def __enter__(self):
        self._was = self.model.training
        self.model.eval()
        return self.model

    def __exit__(self, *exc):
        self.model.train(self._was)
        return False
