# expect: clean
"""Scribbler card-web defect tagging: consistency regularisation on unlabelled webs."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from scribbler.nets import WebTagger  # noqa: E402
from scribbler.train import ConsistencyTrainer  # noqa: E402


if __name__ == "__main__":
    torch.manual_seed(13)
    trainer = ConsistencyTrainer(WebTagger(), lam=0.5)
    for epoch in range(3):
        out = trainer.epoch(n_batches=2)
        print(f"epoch {epoch}: sup {out['sup']:.4f} cons {out['cons']:.4f}")
