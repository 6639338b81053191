# expect: clean
"""Next-click news recommendation with Protocol-typed trainers; the mode is reset by a modules() loop."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "src"))

import torch

from newsrec import GRUUserModel, ImpressionTrainer, run


def sample(b, hist=5, cands=4, n_items=50):
    return torch.randint(0, n_items, (b, hist)), torch.randint(0, n_items, (b, cands))


if __name__ == "__main__":
    torch.manual_seed(20)
    for epoch, loss, auc in run(ImpressionTrainer(GRUUserModel(), sample), epochs=3):
        print(f"epoch {epoch} loss {loss:.3f} pairwise-auc {auc:.2f}")
