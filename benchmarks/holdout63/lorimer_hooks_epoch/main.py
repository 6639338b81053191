# expect: clean
"""Lorimer's workshop: predict bit wear (mm) from bridle-strap tension sequences."""
import torch

from bits.hooks import ModeKeeper, Validator, StepCounter
from bits.trainer import HookedTrainer
from bits.net import WearRNN


def fake_split(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(3, 6, 2, generator=g), torch.rand(3, 1, generator=g)) for _ in range(n)]


def main():
    model = WearRNN(2, 6)
    trainer = HookedTrainer(model, lr=1e-2, epochs=3)
    trainer.register("before_epoch", ModeKeeper(), "set_train")
    trainer.register("after_epoch", Validator(fake_split(2, 1)), "run")
    trainer.register("after_step", StepCounter(), "tick")
    trainer.fit(fake_split(3, 0))


if __name__ == "__main__":
    main()
