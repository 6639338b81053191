import torch
import torch.nn.functional as F


class PrintCallback:
    def on_validation_end(self, task, epoch, val):
        print(f"epoch {epoch} val_loss {val:.4f}")


class PruningScoreCallback:
    """SNIP-like saliency |w * dL/dw| on the validation batch."""

    def __init__(self, keep=0.8):
        self.keep = keep
        self.last_fraction = None

    def _scores(self, task):
        x, y = task.val_batch
        task.model.zero_grad()
        loss = F.cross_entropy(task.model(x), y)
        loss.backward()  # TM001-here
        return {n: (p * p.grad).abs() for n, p in task.model.named_parameters() if p.grad is not None}

    def on_validation_end(self, task, epoch, val):
        scores = self._scores(task)
        flat = torch.cat([s.flatten() for s in scores.values()])
        thresh = flat.kthvalue(max(1, int((1 - self.keep) * flat.numel()))).values
        self.last_fraction = (flat > thresh).float().mean().item()
        task.model.zero_grad()
