import torch.nn.functional as F

from .loop import BaseTrainer


class SaliencyTrainer(BaseTrainer):
    """Logs which weeks of the history drive the forecast, after each validation."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.saliency_log = []

    def on_validation_end(self, epoch, val_loss, batch):
        super().on_validation_end(epoch, val_loss, batch)
        x, y = batch
        x = x.clone().requires_grad_(True)
        loss = F.mse_loss(self.model(x), y)
        loss.backward()  # TM001-here
        week_importance = x.grad.abs().sum(dim=(0, 2))
        self.model.zero_grad(set_to_none=True)
        self.saliency_log.append(week_importance.tolist())
