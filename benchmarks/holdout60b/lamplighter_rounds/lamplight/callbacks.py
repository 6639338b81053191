import torch
import torch.nn.functional as F


class Callback:
    order = 50

    def on_epoch_end(self, trainer, epoch):
        pass


class Evaluator(Callback):
    order = 20

    def __init__(self, batches):
        self.batches = batches
        self.history = []

    def on_epoch_end(self, trainer, epoch):
        trainer.model.eval()
        with torch.no_grad():
            acc = sum((trainer.model(x).argmax(-1) == y).float().mean().item() for x, y in self.batches)
        self.history.append(acc / len(self.batches))


class GradNormProbe(Callback):
    """Gradient norm on a fixed probe batch, a cheap signal of how sharp the current point is."""

    order = 10

    def __init__(self, batch):
        self.batch = batch
        self.norms = []

    def on_epoch_end(self, trainer, epoch):
        x, y = self.batch
        trainer.model.zero_grad()
        F.cross_entropy(trainer.model(x), y).backward()
        sq = sum(p.grad.pow(2).sum() for p in trainer.model.parameters() if p.grad is not None)
        self.norms.append(sq.sqrt().item())
        trainer.model.zero_grad()
