# expect: crash
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from gondola.task import OarStrokeTask  # noqa: E402
from lite import LiteTrainer  # noqa: E402


def loader(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 8, 6, generator=g), torch.randint(0, 3, (4,), generator=g)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(12)
    task = OarStrokeTask(preview_batches=loader(1, 7))
    trainer = LiteTrainer(max_epochs=2, val_check_interval=2)
    logged = trainer.fit(task, loader(5, 1), loader(2, 2))
    print("val", logged["val"], "previews", len(task.previews))
