# expect: clean
"""Classify plank-by-plank moisture readings into leak / no-leak for a clinker hull.

An occlusion monitor is attached at start-up so that every epoch logs which
plank positions the classifier relies on.
"""
import argparse
import logging

import torch
import torch.nn.functional as F

from hull_model import PlankClassifier
from monitor import OcclusionMonitor

logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
log = logging.getLogger("boatbuilder")


def synthetic_hulls(n, planks, feats, seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, planks, feats, generator=g)
    y = (x[:, planks // 2, 0] > 0).long()
    return x, y


def batches(x, y, size):
    for i in range(0, len(x), size):
        yield x[i:i + size], y[i:i + size]


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--epochs", type=int, default=2)
    p.add_argument("--batch-size", type=int, default=4)
    p.add_argument("--hidden", type=int, default=8)
    return p.parse_args([])


def main():
    args = parse_args()
    torch.manual_seed(0)
    x, y = synthetic_hulls(16, planks=6, feats=3, seed=1)
    probe_x, _ = synthetic_hulls(2, planks=6, feats=3, seed=2)
    model = PlankClassifier(feats=3, hidden=args.hidden)
    monitor = OcclusionMonitor(model, probe_x)
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    for epoch in range(args.epochs):
        for xb, yb in batches(x, y, args.batch_size):
            opt.zero_grad()
            loss = F.cross_entropy(model(xb), yb)
            loss.backward()
            opt.step()
        monitor.sync(model)
        scores = monitor.plank_importance()
        log.info("epoch %d loss %.3f top plank %d", epoch, loss.item(), int(scores.argmax()))


if __name__ == "__main__":
    main()
