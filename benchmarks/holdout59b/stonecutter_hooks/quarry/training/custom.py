import torch

from .base import BaseTrainer


class HardMiningTrainer(BaseTrainer):
    """After validation, take one extra step on the hardest validation examples."""

    def __init__(self, *args, top_k=3, **kwargs):
        super().__init__(*args, **kwargs)
        self.top_k = top_k

    def on_validation_end(self, batches, losses):
        xs = torch.cat([b[0] for b in batches])
        ys = torch.cat([b[1] for b in batches])
        idx = losses.topk(self.top_k).indices
        hard = self.loss((xs[idx], ys[idx])).mean()
        self.opt.zero_grad()
        hard.backward()  # TM001-here
        self.opt.step()

    def on_epoch_end(self, epoch, train_loss, val_loss):
        super().on_epoch_end(epoch, train_loss, val_loss)
        print(f"epoch {epoch} train {train_loss:.4f} val {val_loss:.4f}")
