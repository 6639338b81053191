# expect: crash
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from yeoman import FurrowTagger, LiteTrainer  # noqa: E402


def loader(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(2, 6, 5, generator=g), torch.randint(0, 4, (2, 6), generator=g)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(0)
    trainer = LiteTrainer(max_epochs=2)
    logged = trainer.fit(FurrowTagger(), loader(2, 1), loader(1, 2))
    print("done", round(logged["val"], 3))
