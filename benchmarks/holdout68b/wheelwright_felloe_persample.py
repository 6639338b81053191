# expect: crash
"""Felloe-crack detector: per-sample gradient norms via torch.func.grad for a data-pruning score."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(6)


class FelloeLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 6)
        self.out = nn.Linear(6, 2)

    def forward(self, x):  # x: (T, B, 2)
        o, _ = self.lstm(x)
        return self.out(o[-1])


def make_score_fn(model):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def loss_fn(p, x, y):
        return nn.functional.cross_entropy(functional_call(model, p, (x.unsqueeze(1),)), y.unsqueeze(0))

    g_fn = grad(loss_fn)

    def score(x, y):
        scores = []
        for i in range(x.size(1)):
            g = g_fn(params, x[:, i], y[i])  # TM002-here
            scores.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())))
        return torch.stack(scores)

    return score


def main():
    model = FelloeLSTM()
    x, y = torch.randn(5, 6, 2), torch.randint(0, 2, (6,))
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    nn.functional.cross_entropy(model(x), y).backward()
    opt.step()
    score = make_score_fn(model)
    s = score(x, y)
    keep = s.argsort(descending=True)[:4]
    print("keep", keep.tolist())


if __name__ == "__main__":
    main()
