# expect: crash
"""Milliner's hat blocks: classify which wooden block a felt hood was shaped
on from the steaming-and-stretching sensor trace. The trainer gets periodic
validation from a mixin and reads the model through a property."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

import torch  # noqa: E402

from milliner import BlockTrainer, HoodClassifier  # noqa: E402


def main():
    torch.manual_seed(12)
    trainer = BlockTrainer(HoodClassifier(n_feat=4, hidden=10, n_blocks=4),
                           lr=5e-3, eval_every=2)
    trainer.fit(epochs=2, steps_per_epoch=4)
    print("val history:", [round(v, 3) for v in trainer.val_history])


if __name__ == "__main__":
    main()
