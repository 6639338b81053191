# expect: crash
"""Dog-sled team pacing: one small GRU per harness position predicts the next split time."""
import torch

from sled.team import Musher
from sled.models import build_dog


def splits(seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(4, 6, 4, generator=g)
    return x, x[:, -1, :1] * 0.5 + 0.1


def main():
    torch.manual_seed(5)
    dogs = {pos: build_dog(pos) for pos in ("lead", "swing", "wheel")}
    musher = Musher(dogs, lr=5e-3)
    musher.harness()
    musher.rest("wheel")  # the wheel dog sits out the first checkpoint
    for leg in range(2):
        x, y = splits(leg)
        losses = musher.run_leg(x, y)
        print("leg", leg, {k: round(v, 4) for k, v in losses.items()})


if __name__ == "__main__":
    main()
