# expect: crash
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent / "src"))

import torch  # noqa: E402

from axolotl_lab import RegenModel, finetune  # noqa: E402


def colony(n, shift):
    return [(torch.randn(4, 10, 5) + shift, torch.randint(0, 4, (4,))) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(13)
    model = RegenModel()
    loss = finetune(model, source=colony(3, 0.0), target=colony(2, 0.5))
    print("target colony loss", round(loss, 4))
