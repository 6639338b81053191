# expect: crash
import torch

from grindshop import WheelWearModule
from litelike import LiteTrainer


def loader(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 5, 2, generator=g), torch.rand(4, generator=g)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(6)
    module = WheelWearModule()
    LiteTrainer(max_epochs=3).fit(module, loader(3, 0), loader(1, 1))
    print("logged", module._logged)
