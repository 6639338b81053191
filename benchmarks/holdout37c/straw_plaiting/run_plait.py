# expect: clean
import torch

from plait import BraidTensionSystem, LoopRunner


def braids(n, length=7):
    x = torch.rand(n, length, 2)
    return [(x[i:i + 4], x[i:i + 4, :, 0].std(1)) for i in range(0, n, 4)]


if __name__ == "__main__":
    torch.manual_seed(17)
    LoopRunner(epochs=2, val_check_interval=2).fit(BraidTensionSystem(), braids(16), braids(8))
