# expect: clean
"""Chandler wick burn: magnitude x gradient pruning scores computed on a held-out batch."""
import logging

import torch
from torch import nn

log = logging.getLogger(__name__)


class WickNet(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(4, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h[:, -1])


def fit(model, batches, lr=1e-2):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    model.train()
    for x, y in batches:
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


def prunable(model):
    # only the read-out layer is pruned; the recurrent weights are kept dense
    return [(n, p) for n, p in model.named_parameters() if n.startswith("head.") and n.endswith("weight")]


def saliency_scores(model, x, y):
    model.eval()
    params = prunable(model)
    loss = nn.functional.mse_loss(model(x), y)
    grads = torch.autograd.grad(loss, [p for _, p in params])
    return {n: (p.detach() * g).abs() for (n, p), g in zip(params, grads)}


def prune(model, scores, frac=0.2):
    with torch.no_grad():
        for n, p in model.named_parameters():
            if n in scores:
                s = scores[n].flatten()
                k = max(1, int(frac * s.numel()))
                thr = s.kthvalue(k).values
                p.mul_((scores[n] > thr).float())


def main():
    torch.manual_seed(8)
    model = WickNet()
    batches = [(torch.randn(4, 6, 4), torch.randn(4, 1)) for _ in range(4)]
    fit(model, batches)
    vx, vy = torch.randn(6, 6, 4), torch.randn(6, 1)
    scores = saliency_scores(model, vx, vy)
    prune(model, scores)
    log.info("pruned %d tensors", len(scores))
    print(sorted(scores))


if __name__ == "__main__":
    main()
