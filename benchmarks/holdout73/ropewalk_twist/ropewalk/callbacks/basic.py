import torch
from torch.nn import functional as F


class TrainMode:
    def on_epoch_begin(self, runner):
        runner.model.train()


class EpochValidator:
    def __init__(self, val_batches):
        self.val_batches = val_batches
        self.scores = []

    def on_epoch_end(self, runner):
        runner.model.eval()
        with torch.no_grad():
            s = sum(F.mse_loss(runner.model(x), y).item() for x, y in self.val_batches)
        self.scores.append(s / len(self.val_batches))


class HistoryLogger:
    def __init__(self):
        self.losses = []

    def on_batch_end(self, runner):
        self.losses.append(runner.state["loss"])
