# expect: crash
"""Juggling-pattern siteswap predictor from wrist IMU traces.

The trainer knows nothing about modes; callbacks do the switching.
"""
import torch

from circus.callbacks import EvalModeCallback, LossLogger, SiteswapAccuracy
from circus.trainer import HookTrainer
from circus.model import SiteswapRNN


def batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, 4, 8, 6, generator=g)
    y = torch.randint(0, 5, (n, 4), generator=g)
    return list(zip(x, y))


if __name__ == "__main__":
    torch.manual_seed(4)
    model = SiteswapRNN(n_imu=6, hidden=12, n_throws=5)
    trainer = HookTrainer(model, lr=5e-3, callbacks=[EvalModeCallback(), LossLogger(), SiteswapAccuracy()])
    trainer.fit(batches(3, 0), batches(2, 1), epochs=3)
    print("log", trainer.callbacks[1].history)
