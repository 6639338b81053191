import torch
import torch.nn.functional as F

from birdseg.engine import BaseTrainer


class FramewiseTrainer(BaseTrainer):
    def training_step(self, batch):
        spec, tags = batch
        logits = self.model(spec)
        return F.cross_entropy(logits.flatten(0, 1), tags.flatten())

    def on_epoch_end(self, val_batches):
        self.model.eval()
        with torch.no_grad():
            losses = [self.training_step(b).item() for b in val_batches]
        print(f"epoch {self.epoch}: val {sum(losses) / len(losses):.3f}")
