# expect: clean
"""Trug makers' willow counts: predict the number of willow splints a trug needs from its build log."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch

from trugs import Trainer, WillowNet, make_batches


def main():
    torch.manual_seed(0)
    model = WillowNet(n_feat=5, hidden=8)
    trainer = Trainer(model, lr=1e-2, max_epochs=2, num_sanity_val_steps=1)
    trainer.fit(make_batches(6, batch=4, steps=5, n_feat=5), make_batches(2, batch=4, steps=5, n_feat=5))
    print("done", trainer.history[-1])


if __name__ == "__main__":
    main()
