# expect: clean
"""Cooperage: predict whether a barrel will weep (leak) from stave-moisture
readings taken while it is being raised.  Oak from the second forest arrives
after the model was trained on the first; EWC keeps the old knowledge."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch

from cooperage import EWC, StaveNet, forest_batches, train_task


def main():
    torch.manual_seed(40)
    model = StaveNet(readings=5, hidden=8)
    forest_a = forest_batches(16, seed=0, bias=0.0)
    forest_b = forest_batches(16, seed=1, bias=0.7)

    train_task(model, forest_a, epochs=2)
    ewc = EWC(model, forest_a, strength=50.0)
    print("fisher mass", round(ewc.fisher_mass(), 5))
    losses = train_task(model, forest_b, epochs=2, penalty=ewc)
    print("forest B losses", [round(l, 4) for l in losses])


if __name__ == "__main__":
    main()
