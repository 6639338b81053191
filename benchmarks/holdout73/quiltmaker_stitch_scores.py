# expect: crash
"""Quilt stitch-quality classifier with gradient-based sample scoring: after
training, each unlabelled seam gets a score from the norm of the loss gradient
w.r.t. the upper layers (pseudo-label = predicted class)."""
import logging

import torch
from torch import nn
from torch.nn import functional as F

log = logging.getLogger("quilt")
CONFIG = {"hidden": 8, "classes": 3, "epochs": 2, "lr": 1e-2, "score_skip": ("embed",)}


class SeamNet(nn.Module):
    def __init__(self, n_codes=15, hidden=8, classes=3):
        super().__init__()
        self.embed = nn.Embedding(n_codes, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, classes)

    def forward(self, codes):
        h, _ = self.lstm(self.embed(codes))
        return self.head(h[:, -1])


def train(model, cfg):
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    model.train()
    for _ in range(cfg["epochs"]):
        codes = torch.randint(0, 15, (6, 9))
        y = torch.randint(0, cfg["classes"], (6,))
        loss = F.cross_entropy(model(codes), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


def score_params(model, cfg):
    return [p for n, p in model.named_parameters() if not n.startswith(cfg["score_skip"])]


def seam_scores(model, pool, cfg):
    model.eval()
    params = score_params(model, cfg)
    scores = []
    for codes in pool:
        logits = model(codes.unsqueeze(0))
        loss = F.cross_entropy(logits, logits.argmax(-1))
        grads = torch.autograd.grad(loss, params)  # TM001-here
        scores.append(float(sum(g.pow(2).sum() for g in grads).sqrt()))
    return scores


def main():
    torch.manual_seed(1)
    model = SeamNet(hidden=CONFIG["hidden"], classes=CONFIG["classes"])
    train(model, CONFIG)
    pool = torch.randint(0, 15, (5, 9))
    scores = seam_scores(model, pool, CONFIG)
    order = sorted(range(len(scores)), key=scores.__getitem__, reverse=True)
    print("label these first:", order[:3])


if __name__ == "__main__":
    main()
