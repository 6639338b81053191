import torch


class Callback:
    def on_fit_start(self, trainer):
        pass

    def on_epoch_start(self, trainer):
        pass

    def on_epoch_end(self, trainer):
        pass


class ValidationCallback(Callback):
    def __init__(self, val_data):
        self.val_data = val_data
        self.scores = []

    def on_epoch_end(self, trainer):
        trainer.model.eval()
        with torch.no_grad():
            x, y = self.val_data
            acc = (trainer.model(x).argmax(1) == y).float().mean().item()
        self.scores.append(acc)


class PrintCallback(Callback):
    def on_epoch_end(self, trainer):
        print(f"epoch {trainer.epoch} loss {trainer.last_loss:.4f}")
