# expect: crash
"""Village-fete raffles: guess which stall a ticket stub came from from the seller's
scribbled ticket-number sequence.  A pretrained GRU encoder is kept frozen; the new
stall vocabulary gets fresh embeddings and a fresh head.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from fete import RaffleModel, train_stalls  # noqa: E402


def main():
    torch.manual_seed(8)
    model = RaffleModel(vocab=20, dim=8, n_stalls=4)
    model.train()
    trainable = [n for n, p in model.named_parameters() if p.requires_grad]
    print("trainable:", trainable)
    train_stalls(model, epochs=2)


if __name__ == "__main__":
    main()
