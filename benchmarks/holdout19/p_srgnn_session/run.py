# expect: crash
"""Train an SR-GNN-style session recommender on synthetic click sessions."""
import logging
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402
from srgnn import SessionGraphNet, fit  # noqa: E402

N_ITEMS = 15


def synth_sessions(n, rng):
    return [[rng.randrange(N_ITEMS) for _ in range(rng.randint(3, 6))] for _ in range(n)]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    rng = random.Random(0)
    torch.manual_seed(0)
    model = SessionGraphNet(N_ITEMS)
    fit(model, synth_sessions(8, rng), synth_sessions(4, rng), N_ITEMS, epochs=2)
