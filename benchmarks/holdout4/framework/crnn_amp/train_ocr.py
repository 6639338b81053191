# expect: clean
"""Entry script: synthetic text-line images, validation interleaved with training every other batch."""
import torch

from crnn import CRNN
from engine import Engine

ALPHABET = "0123456789abcdef"


def make_batch(batch=3, height=16, width=24, max_len=4):
    images = torch.randn(batch, 1, height, width)
    lengths = torch.randint(1, max_len + 1, (batch,))
    targets = torch.randint(1, len(ALPHABET) + 1, (int(lengths.sum()),))
    return images, targets, lengths


if __name__ == "__main__":
    torch.manual_seed(0)
    model = CRNN(n_classes=len(ALPHABET) + 1)
    engine = Engine(model)
    val = [make_batch() for _ in range(2)]
    model.train()
    for i in range(4):
        print("train", round(engine.train_batch(make_batch()), 4))
        if i % 2 == 1:
            print("val", round(engine.validate(val), 4))
