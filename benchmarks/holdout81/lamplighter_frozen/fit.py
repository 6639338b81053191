# expect: crash
"""Lamplighter route-log tagging: a pretrained recurrent encoder kept frozen, a new head trained."""
import torch

from lamp.model import RouteTagger
from lamp.train import fit


def main():
    torch.manual_seed(4)
    model = RouteTagger(vocab=30, emb=8, hidden=10, n_tags=4)
    tokens = torch.randint(0, 30, (12, 7))
    tags = torch.randint(0, 4, (12, 7))
    print("loss", fit(model, tokens, tags, epochs=2))


if __name__ == "__main__":
    main()
