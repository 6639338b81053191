import torch
import torch.nn as nn


class ShiftModel(nn.Module):
    """Predicts pony fatigue at the end of a shift from haulage logs."""

    def __init__(self, hidden=8):
        super().__init__()
        self.emb = nn.Linear(3, 6)
        self.rnn = nn.RNN(6, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.emb(x)))
        return self.head(h[:, -1]).squeeze(-1)


def evaluate(model, x, y):
    model.eval()
    with torch.no_grad():
        return ((model(x) - y) ** 2).mean().item()


def input_saliency(model, x):
    x = x.clone().requires_grad_(True)
    with torch.backends.cudnn.flags(enabled=False):
        out = model(x).sum()
        out.backward()
    return x.grad.abs().mean(0)
