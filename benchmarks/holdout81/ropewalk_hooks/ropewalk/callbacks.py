import torch


class Callback:
    def on_train_start(self, trainer, module):
        pass

    def on_epoch_end(self, trainer, module):
        pass


class PreviewPrediction(Callback):
    def __init__(self, sample):
        self.sample = sample

    def on_train_start(self, trainer, module):
        module.eval()
        with torch.no_grad():
            print("preview", module(self.sample).squeeze(-1).tolist())


class LossPrinter(Callback):
    def on_epoch_end(self, trainer, module):
        print("epoch", trainer.epoch, "loss", round(trainer.last_loss, 4))
