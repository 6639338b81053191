# expect: clean
"""Icehouse melt-rate model; connection-sensitivity pruning scores on a held-out batch."""
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

logging.basicConfig(level=logging.WARNING)
log = logging.getLogger("icehouse")

CONFIG = {"hidden": 10, "seq": 8, "batch": 4, "keep": 0.5, "epochs": 2}


class MeltNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.embed = nn.Linear(2, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        h, _ = self.rnn(self.embed(x))
        return self.head(h[:, -1]).squeeze(-1)


def scored_parameters(model):
    return [p for n, p in model.named_parameters() if p.dim() == 2 and n.startswith("head.")]


def snip_scores(model, x, y):
    model.eval()
    loss = F.mse_loss(model(x), y)
    params = scored_parameters(model)
    grads = torch.autograd.grad(loss, params)
    return [(g * p).abs().detach() for g, p in zip(grads, params)]


def apply_masks(params, scores, keep):
    flat = torch.cat([s.flatten() for s in scores])
    k = max(1, int(keep * flat.numel()))
    thresh = flat.kthvalue(flat.numel() - k + 1).values
    with torch.no_grad():
        for p, s in zip(params, scores):
            p.mul_((s >= thresh).float())


def main(cfg=CONFIG):
    torch.manual_seed(7)
    model = MeltNet(cfg["hidden"])
    val_x, val_y = torch.randn(cfg["batch"], cfg["seq"], 2), torch.randn(cfg["batch"])
    scores = snip_scores(model, val_x, val_y)
    apply_masks(scored_parameters(model), scores, cfg["keep"])
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for ep in range(cfg["epochs"]):
        x, y = torch.randn(cfg["batch"], cfg["seq"], 2), torch.randn(cfg["batch"])
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        log.info("epoch %d loss %.4f", ep, loss.item())
    print("pruned and trained")


if __name__ == "__main__":
    main()
