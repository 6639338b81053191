# expect: clean
"""Gondolier oar-stroke classification with gradient-based pruning scores.

After training, a scorer object built around the model computes |w * dL/dw| on
a validation batch (in eval mode) for the parameters it was told to prune.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class StrokeNet(nn.Module):
    def __init__(self, n_in=3, hidden=12, n_cls=4):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.mid = nn.Linear(hidden, hidden)
        self.head = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(torch.relu(self.mid(h[:, -1])))


class PruneScorer:
    def __init__(self, model, prefixes):
        self.model = model
        self.params = {n: p for n, p in model.named_parameters()
                       if "weight" in n and n.startswith(prefixes)}

    def scores(self, x, y):
        was = self.model.training
        self.model.eval()
        loss = F.cross_entropy(self.model(x), y)
        grads = torch.autograd.grad(loss, list(self.params.values()))
        self.model.train(was)
        return {n: (p * g).abs().detach() for (n, p), g in zip(self.params.items(), grads)}


def stroke_batch(bs=6, t=8):
    x = torch.randn(bs, t, 3)
    return x, (x.sum((1, 2)) > 0).long() + 2 * (x[:, 0, 0] > 0).long()


def train(model, steps=4):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(steps):
        x, y = stroke_batch()
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


def prune_(model, scores, frac=0.25):
    with torch.no_grad():
        for name, s in scores.items():
            k = int(frac * s.numel())
            thresh = s.flatten().kthvalue(max(k, 1)).values
            dict(model.named_parameters())[name].mul_((s > thresh).float())


def main():
    torch.manual_seed(43)
    model = StrokeNet()
    train(model)
    scorer = PruneScorer(model, prefixes=("mid", "head"))
    prune_(model, scorer.scores(*stroke_batch(bs=8)))
    train(model, steps=2)
    print("pruned", sorted(scorer.params))


if __name__ == "__main__":
    main()
