# expect: crash
import logging
import sys
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

from herdsman import GrazeNet, Trainer


def make_batches(n=3, batch=4, steps=6):
    g = torch.Generator().manual_seed(0)
    return [(torch.randn(batch, steps, 3, generator=g), torch.randint(0, 4, (batch,), generator=g)) for _ in range(n)]


def main():
    logging.basicConfig(level=logging.WARNING)
    torch.manual_seed(0)
    model = GrazeNet()
    trainer = Trainer(max_epochs=2, sanity_steps=1)
    hist = trainer.fit(model, make_batches())
    print("done", [round(h, 3) for h in hist])


if __name__ == "__main__":
    main()
