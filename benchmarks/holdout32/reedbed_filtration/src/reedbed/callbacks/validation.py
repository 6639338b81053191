import torch
import torch.nn.functional as F


class PeriodicValidation:
    """Evaluates every `every` optimisation steps, inside the batch loop."""

    def __init__(self, loader, every=2):
        self.loader = loader
        self.every = every
        self.history = []

    def on_batch_end(self, trainer):
        if trainer.state["step"] % self.every:
            return
        model = trainer.model
        model.eval()
        with torch.no_grad():
            losses = [F.smooth_l1_loss(model(x), y).item() for x, y in self.loader]
        self.history.append(sum(losses) / len(losses))
