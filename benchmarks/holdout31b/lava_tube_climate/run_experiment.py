# expect: crash
"""Lava-tube microclimate: forecast air temperature deep in a lava tube from the
surface weather station and the entrance logger. Callbacks run after every epoch
(progress plot data, checkpointing); the training step is in trainer.py.
"""
import torch

from model import TubeForecaster
from trainer import Trainer
from callbacks import PlotForecast, KeepLast


def main():
    torch.manual_seed(83)
    model = TubeForecaster(hidden=8)
    trainer = Trainer(model, lr=5e-3, callbacks=[KeepLast(), PlotForecast(every=1)])
    trainer.fit(epochs=3, steps=4)


if __name__ == "__main__":
    main()
