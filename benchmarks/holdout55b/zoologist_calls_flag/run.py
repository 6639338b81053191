# expect: clean
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from zoo import CallClassifier, MiniTrainer  # noqa: E402


def loader(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 7, 6, generator=g), torch.randint(0, 3, (4,), generator=g)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(7)
    trainer = MiniTrainer(max_epochs=2)
    print(trainer.fit(CallClassifier(), loader(2, 0), loader(1, 1)))
