import torch


class Callback:
    pass


class LossLogger(Callback):
    def __init__(self):
        self.losses = []

    def on_batch_end(self, trainer):
        self.losses.append(trainer.state["loss"])


class ValidationCallback(Callback):
    def __init__(self, val_batches):
        self.val_batches = val_batches
        self.scores = []

    def on_epoch_end(self, trainer):
        model = trainer.model
        model.eval()
        correct = total = 0
        with torch.no_grad():
            for x, y in self.val_batches:
                correct += (model(x).argmax(-1) == y).sum().item()
                total += y.numel()
        self.scores.append(correct / total)
