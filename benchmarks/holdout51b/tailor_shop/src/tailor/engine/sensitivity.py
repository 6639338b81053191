import torch.nn.functional as F

from .trainer import Trainer


class SensitivityTrainer(Trainer):
    """Also records which measurement channel the seam-allowance prediction is most
    sensitive to, on the validation batch, after every validation."""

    def on_validation_end(self, epoch, val_batch, metrics):
        x, y = val_batch
        x = x.clone().requires_grad_(True)
        loss = F.mse_loss(self.model(x), y)
        loss.backward()  # TM001-here
        per_channel = x.grad.abs().sum(dim=(0, 1))
        metrics["most_sensitive"] = int(per_channel.argmax())
        self.model.zero_grad(set_to_none=True)
        super().on_validation_end(epoch, val_batch, metrics)
