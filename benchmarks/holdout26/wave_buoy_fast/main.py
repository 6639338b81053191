# expect: crash
"""Wave-height nowcasting at offshore buoys: dynamic evaluation, fast mode for the hindcast."""
import os

os.environ["WAVEBUOY_FAST"] = "1"
import torch

import wavebuoy
from wavebuoy.fit import dynamic_evaluation, pretrain
from wavebuoy.nn import BuoyGRU


def main():
    torch.manual_seed(1)
    season = [(torch.randn(3, 12, 5), torch.randn(3, 12)) for _ in range(3)]
    model = BuoyGRU(5, 8)
    pretrain(model, season[:2])
    print("deterministic kernels:", wavebuoy.settings.DETERMINISTIC)
    print("dynamic MAE", dynamic_evaluation(model, season[2:]))


if __name__ == "__main__":
    main()
