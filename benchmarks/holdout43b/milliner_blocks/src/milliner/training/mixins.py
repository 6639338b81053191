import torch
import torch.nn.functional as F

from .data import traces


class EvaluateMixin:
    """Adds evaluate() to any trainer that exposes a `net` property."""

    val_history = None

    def evaluate(self, n_batches=2):
        self.net.eval()
        correct, total = 0, 0
        with torch.no_grad():
            for _ in range(n_batches):
                x, y = traces()
                correct += (self.net(x).argmax(-1) == y).sum().item()
                total += y.numel()
        acc = correct / total
        if self.val_history is None:
            self.val_history = []
        self.val_history.append(acc)
        return acc

    def maybe_evaluate(self, step):
        if self.eval_every and step % self.eval_every == 0:
            return self.evaluate()
        return None
