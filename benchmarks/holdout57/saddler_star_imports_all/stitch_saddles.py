# expect: clean
"""Saddler's stitching line: classify stitch tension faults (ok / loose / tight)
from awl-force sequences recorded by the stitching horse."""
import torch

from saddlery import *  # noqa: F401,F403  (model, data, metrics, evaluate)


def main():
    torch.manual_seed(30)
    model = StitchNet(forces=3, hidden=8, classes=3)
    train_set, val_set = stitch_batches(24, seed=0), stitch_batches(8, seed=1)
    opt = torch.optim.Adam(model.parameters(), lr=4e-3)
    model.train()
    for epoch in range(3):
        for x, y in train_set:
            opt.zero_grad()
            loss = torch.nn.functional.cross_entropy(model(x), y)
            loss.backward()
            opt.step()
        result = evaluate(model, val_set)
        print(f"epoch {epoch}: loss {loss.item():.3f} acc {result['accuracy']:.3f}")


if __name__ == "__main__":
    main()
