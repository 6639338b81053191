# expect: crash
"""Saddlery: girth-pressure sequences -> saddle fit class.

After each epoch, SNIP-like saliency scores |w * dL/dw| are computed on a
validation batch to decide which weights to prune next.
"""
import logging

import torch
from torch import nn

log = logging.getLogger("saddler")
CONFIG = dict(hidden=10, classes=3, epochs=2, prune_frac=0.2, lr=3e-3, batch=5, steps=8)


class GirthNet(nn.Module):
    def __init__(self, hidden, classes):
        super().__init__()
        self.rnn = nn.LSTM(4, hidden, batch_first=True)
        self.fc1 = nn.Linear(hidden, hidden)
        self.fc2 = nn.Linear(hidden, classes)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc2(torch.relu(self.fc1(h[:, -1])))


def batch(cfg):
    return torch.randn(cfg["batch"], cfg["steps"], 4), torch.randint(0, cfg["classes"], (cfg["batch"],))


def evaluate(model, x, y):
    model.eval()
    with torch.no_grad():
        return (model(x).argmax(1) == y).float().mean().item()


def prunable(model):
    return [(n, p) for n, p in model.named_parameters() if p.dim() == 2]


def saliency_scores(model, x, y):
    names, params = zip(*prunable(model))
    loss = nn.functional.cross_entropy(model(x), y)
    grads = torch.autograd.grad(loss, params)  # TM001-here
    return {n: (p * g).abs() for n, p, g in zip(names, params, grads)}


def apply_masks(model, scores, frac):
    with torch.no_grad():
        for name, p in prunable(model):
            if name not in scores:
                continue
            s = scores[name].flatten()
            k = int(frac * s.numel())
            if k:
                thresh = s.kthvalue(k).values
                p.mul_((scores[name] > thresh).float())


def main(cfg=CONFIG):
    logging.basicConfig(level=logging.INFO)
    torch.manual_seed(2)
    model = GirthNet(cfg["hidden"], cfg["classes"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    for epoch in range(cfg["epochs"]):
        model.train()
        for _ in range(3):
            x, y = batch(cfg)
            opt.zero_grad()
            nn.functional.cross_entropy(model(x), y).backward()
            opt.step()
        vx, vy = batch(cfg)
        log.info("epoch %d acc %.3f", epoch, evaluate(model, vx, vy))
        apply_masks(model, saliency_scores(model, vx, vy), cfg["prune_frac"])


if __name__ == "__main__":
    main()
