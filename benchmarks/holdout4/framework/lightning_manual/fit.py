# expect: clean
"""Entry script: random character data, two epochs of the manual-optimisation module."""
import torch

from lm_module import CharLM
from minilightning import Trainer


def make_loader(n_batches, batch=4, length=10, vocab=20):
    data = []
    for _ in range(n_batches):
        seq = torch.randint(0, vocab, (batch, length + 1))
        data.append((seq[:, :-1], seq[:, 1:]))
    return data


if __name__ == "__main__":
    torch.manual_seed(0)
    module = CharLM()
    trainer = Trainer(max_epochs=2, limit_val_batches=1)
    trainer.fit(module, make_loader(3), make_loader(2))
