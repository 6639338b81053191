import torch


class Callback:
    def on_fit_start(self, trainer, module):
        pass

    def on_train_epoch_end(self, trainer, module):
        pass


class BaselineScore(Callback):
    """Scores the untrained herd model once so the logs show a starting point."""

    def __init__(self, loader):
        self.loader = loader
        self.score = None

    def on_fit_start(self, trainer, module):
        preds = trainer.predict(module, self.loader)
        ys = torch.cat([y for _, y in self.loader])
        self.score = torch.mean((torch.cat(preds) - ys) ** 2).item()
