import torch
import torch.nn.functional as F

from .loop import Trainer


def snip_scores(model, batch):
    x, y = batch
    model.zero_grad()
    loss = F.cross_entropy(model(x), y)
    loss.backward()  # TM001-here
    return {n: (p.grad * p).abs() for n, p in model.named_parameters() if p.grad is not None}


class PruningTrainer(Trainer):
    """Scores weights on the validation batch after every validation pass."""

    kept_fraction = 1.0

    def on_validation_end(self, val_batch, metrics):
        scores = snip_scores(self.model, val_batch)
        flat = torch.cat([s.flatten() for s in scores.values()])
        k = int(self.extra.get("keep_ratio", 0.5) * flat.numel())
        thresh = flat.kthvalue(flat.numel() - k).values
        self.kept_fraction = (flat > thresh).float().mean().item()
        self.model.zero_grad()
