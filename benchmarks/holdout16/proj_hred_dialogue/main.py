# expect: clean
"""HRED dialogue model: utterance encoder GRU, context GRU, decoder GRU.
Samples a reply at the end of every epoch."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402
import hred  # noqa: E402


def random_dialogues(n=2, b=3, turns=3, length=5, vocab=20):
    return [torch.randint(1, vocab, (b, turns, length)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(0)
    model = hred.HRED(vocab=20, emb=6, hid=8)
    trainer = hred.Trainer(model, lr=1e-3)
    trainer.fit(random_dialogues(), epochs=2)
