# expect: clean
"""Apiary inspection: classify colony state (queenright / queenless / swarming) from
hourly hive-scale and acoustic features, and keep a saliency monitor of which hours matter."""
import argparse

import torch

from hive.model import ColonyNet
from hive.monitor import HiveMonitor
from hive.data import inspection_batches


def parse():
    p = argparse.ArgumentParser()
    p.add_argument("--epochs", type=int, default=2)
    p.add_argument("--hidden", type=int, default=10)
    return p.parse_args([])


def train(args):
    torch.manual_seed(5)
    model = ColonyNet(n_feat=4, hidden=args.hidden, n_states=3)
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    monitor = HiveMonitor(model, probe=inspection_batches(1, seed=99)[0][0])
    crit = torch.nn.CrossEntropyLoss()
    for epoch in range(args.epochs):
        for x, y in inspection_batches(3, seed=epoch):
            opt.zero_grad()
            loss = crit(model(x), y)
            loss.backward()
            opt.step()
        top = monitor.report()
        print(f"epoch {epoch} loss {loss.item():.3f} most salient hour {top}")


if __name__ == "__main__":
    train(parse())
