# expect: crash
"""Mercer silk-bale price forecaster with a list of callbacks; one of them logs an input
sensitivity map (Jacobian of the forecast w.r.t. the last week of prices) every epoch.
"""
import torch

from mercer.model import BaleForecaster
from mercer.trainer import LoopTrainer
from mercer.callbacks import LossPrinter, SensitivityLogger


def main():
    torch.manual_seed(14)
    x = torch.randn(8, 7, 3)
    y = x[:, -1, 0] * 0.5 + 0.1 * torch.randn(8)
    model = BaleForecaster(n_in=3, hidden=8)
    callbacks = [LossPrinter(), SensitivityLogger(probe=x[:1])]
    trainer = LoopTrainer(model, lr=5e-3, callbacks=callbacks)
    trainer.fit(x, y, epochs=2)
    print("sensitivity log entries:", len(callbacks[1].maps))


if __name__ == "__main__":
    main()
