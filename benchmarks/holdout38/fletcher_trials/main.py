# expect: crash
"""Arrow-trial drift model: fit a GRU on fletching measurements."""
import sys
import os

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch
from fletch import build_model, Trainer


def main():
    torch.manual_seed(0)
    model = build_model("gru", n_feat=5, hidden=8)
    trainer = Trainer(model, max_epochs=2, sanity_batches=1)
    trainer.fit()
    print("done", trainer.history[-1])


if __name__ == "__main__":
    main()
