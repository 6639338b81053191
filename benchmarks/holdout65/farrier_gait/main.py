# expect: crash
"""farrier: lameness detection from hoof-strike token sequences.

The pretrained stride encoder is kept deterministic by the model's own train() override.
"""
import torch

from farrier.models import GaitClassifier
from farrier.training import run_epochs


def main():
    torch.manual_seed(8)
    model = GaitClassifier(vocab=20, emb=6, hidden=8, classes=3)
    tokens = torch.randint(0, 20, (8, 10))
    labels = torch.randint(0, 3, (8,))
    hist = run_epochs(model, tokens, labels, epochs=2)
    print("losses", hist)


if __name__ == "__main__":
    main()
