# expect: crash
import pathlib
import sys

import torch

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent / "src"))

from dosing import RefillTask, Trainer  # noqa: E402


def loader(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.rand(3, 6, 4, generator=g), torch.rand(3, generator=g) * 30) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(0)
    task = RefillTask()
    Trainer(max_epochs=3).fit(task, loader(2, 0), loader(1, 1))
    print(task.logged)
