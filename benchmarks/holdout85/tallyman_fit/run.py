# expect: crash
import logging

import torch

from tallyman import TallyNet, Trainer


def make_loader(n_batches, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 6, 5, generator=g), torch.randint(0, 3, (4,), generator=g)) for _ in range(n_batches)]


def main():
    logging.basicConfig(level=logging.WARNING)
    torch.manual_seed(0)
    model = TallyNet()
    trainer = Trainer(max_epochs=2, num_sanity_val_steps=1)
    hist = trainer.fit(model, make_loader(3, 1), make_loader(2, 2))
    print("done", hist[-1])


if __name__ == "__main__":
    main()
