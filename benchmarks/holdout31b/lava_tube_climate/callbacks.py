import copy

import torch

from model import hourly
from utils import set_inference, to_rows


class Callback:
    def on_epoch_end(self, trainer, epoch):
        pass


class KeepLast(Callback):
    def on_epoch_end(self, trainer, epoch):
        trainer.last_state = copy.deepcopy(trainer.model.state_dict())


class PlotForecast(Callback):
    def __init__(self, every=1):
        self.every = every
        self.rows = []

    def on_epoch_end(self, trainer, epoch):
        if epoch % self.every:
            return
        model = set_inference(trainer.model)
        x, y = hourly(b=1)
        with torch.no_grad():
            pred = model(x)[0]
        self.rows.append(to_rows(pred[-3:], y[0, -3:]))
