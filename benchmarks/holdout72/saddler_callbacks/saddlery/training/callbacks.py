import torch


class Callback:
    order = 0


class TrainSwitch(Callback):
    order = -10

    def on_epoch_start(self, trainer):
        trainer.model.train()


class ValScore(Callback):
    def __init__(self, val_batch):
        self.val_batch = val_batch
        self.scores = []

    def on_epoch_end(self, trainer):
        trainer.model.eval()
        x, y = self.val_batch
        with torch.no_grad():
            acc = (trainer.model(x).argmax(-1) == y).float().mean().item()
        self.scores.append(acc)


class Printer(Callback):
    order = 10

    def on_fit_end(self, trainer):
        print("steps", trainer.step)
