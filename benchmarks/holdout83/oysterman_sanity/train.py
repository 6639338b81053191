# expect: crash
import logging

import torch

from oysterman import BedModel, Trainer


def make_loader(n_batches, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 6, 5, generator=g), torch.randint(0, 3, (4,), generator=g)) for _ in range(n_batches)]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    torch.manual_seed(0)
    model = BedModel()
    trainer = Trainer(max_epochs=2, num_sanity_val_steps=1)
    trainer.fit(model, make_loader(3, 0), make_loader(2, 1))
    print("fit finished")
