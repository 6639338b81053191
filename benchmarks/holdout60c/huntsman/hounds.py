"""Scent-trail models and helpers for the huntsman notebook."""
import contextlib
import torch
import torch.nn as nn


class TrailNet(nn.Module):
    def __init__(self, n_in=3, hidden=8, n_out=2):
        super().__init__()
        self.rnn = nn.RNN(n_in, hidden, batch_first=True, nonlinearity="tanh")
        self.fc = nn.Linear(hidden, n_out)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h)


@contextlib.contextmanager
def evaluating(model):
    was = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(was)


def heading_error(model, x, y):
    with evaluating(model), torch.no_grad():
        return (model(x) - y).pow(2).mean().item()
