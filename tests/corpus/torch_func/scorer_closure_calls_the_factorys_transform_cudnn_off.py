# expect: clean
"""Per-sample gradient norms: a factory builds `g_fn = grad(loss_fn)` over a nested loss and returns a `score`
closure that calls it with cuDNN off, so the LSTM under torch.func.grad runs the native kernels."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad


class Ranker(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 6)
        self.out = nn.Linear(6, 2)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.out(o[-1])


def make_scorer(model):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def loss_fn(p, x, y):
        return nn.functional.cross_entropy(functional_call(model, p, (x.unsqueeze(1),)), y.unsqueeze(0))

    g_fn = grad(loss_fn)

    def score(x, y):
        norms = []
        for i in range(x.size(1)):
            with torch.backends.cudnn.flags(enabled=False):
                g = g_fn(params, x[:, i], y[i])
            norms.append(sum((t ** 2).sum() for t in g.values()).sqrt())
        return torch.stack(norms)

    return score


if __name__ == "__main__":
    model = Ranker()
    score = make_scorer(model)
    print(score(torch.randn(5, 4, 2), torch.randint(0, 2, (4,))))
