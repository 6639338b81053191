# expect: clean
"""Ice cutter: grade lake-ice blocks from the sound of the saw. After
training, connection-sensitivity scores |g * w| are computed on a validation
batch with the model in eval mode, and the weakest weights are pruned."""
import argparse

import torch
from torch import nn

torch.manual_seed(8)


class SawSound(nn.Module):
    def __init__(self, bins=6, hidden=12, classes=3):
        super().__init__()
        self.stem = nn.Linear(bins, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, classes)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.stem(x)))
        return self.head(h.mean(1))


def scored_params(model):
    # only the classifier is pruned; the recurrent weights are left dense
    return [p for p in model.head.parameters() if p.dim() > 1]


def snip_scores(model, x, y, params):
    model.eval()
    loss = nn.functional.cross_entropy(model(x), y)
    grads = torch.autograd.grad(loss, params)
    return [(g * p).abs().detach() for g, p in zip(grads, params)]


def prune(params, scores, ratio):
    flat = torch.cat([s.flatten() for s in scores])
    k = max(1, int(ratio * flat.numel()))
    thresh = flat.kthvalue(k).values
    with torch.no_grad():
        for p, s in zip(params, scores):
            p.mul_((s > thresh).float())
    return thresh.item()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ratio", type=float, default=0.2)
    args = ap.parse_args([])
    x, y = torch.randn(16, 7, 6), torch.randint(0, 3, (16,))
    model = SawSound()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(3):
        model.train()
        opt.zero_grad()
        nn.functional.cross_entropy(model(x[:12]), y[:12]).backward()
        opt.step()
    params = scored_params(model)
    scores = snip_scores(model, x[12:], y[12:], params)
    print("threshold", prune(params, scores, args.ratio))


if __name__ == "__main__":
    main()
