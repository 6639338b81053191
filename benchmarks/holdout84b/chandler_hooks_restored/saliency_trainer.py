import torch
import torch.nn.functional as F

from chandler import BaseTrainer


class SaliencyTrainer(BaseTrainer):
    """Logs gradient*input relevance of the first validation batch after each validation."""

    def on_validation_end(self, epoch, val_batch, metrics):
        x, y = val_batch
        x = x.clone().requires_grad_(True)
        loss = F.cross_entropy(self.model(x), y)
        loss.backward()
        relevance = (x.grad * x).abs().sum(-1).mean(0)
        metrics["peak_step"] = int(relevance.argmax())
        self.model.zero_grad(set_to_none=True)
