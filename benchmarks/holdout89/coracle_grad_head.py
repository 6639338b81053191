# expect: crash
"""Coracle hull-leak detector: gradient-based importance of each weight group on a validation batch."""
import torch
from torch import nn


class LeakNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 10, batch_first=True)
        self.head = nn.Linear(10, 2)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.head(o[:, -1])


def importance(model, x, y, params):
    model.eval()
    loss = nn.functional.cross_entropy(model(x), y)
    grads = torch.autograd.grad(loss, params)  # TM001-here
    return [float((g * p).abs().sum()) for g, p in zip(grads, params)]


if __name__ == "__main__":
    torch.manual_seed(12)
    model = LeakNet()
    vx, vy = torch.randn(4, 7, 3), torch.randint(0, 2, (4,))
    groups = {"rnn": list(model.rnn.parameters()), "head": list(model.head.parameters())}
    scores = importance(model, vx, vy, groups["rnn"] + groups["head"])
    print("snip scores", [round(s, 4) for s in scores])
