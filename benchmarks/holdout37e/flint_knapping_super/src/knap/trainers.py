import torch
import torch.nn.functional as F

from .engine import Trainer
from .utils import accuracy


class FlakeTrainer(Trainer):
    def batches(self):
        g = torch.Generator().manual_seed(len(self.history))
        for _ in range(3):
            yield torch.randn(4, 5, 4, generator=g), torch.randint(0, 3, (4,), generator=g)

    def on_epoch_start(self, epoch):
        # baseline accuracy logged before every epoch; then the base hook puts the model back in train
        x, y = torch.randn(6, 5, 4), torch.randint(0, 3, (6,))
        print("epoch", epoch, "pre-acc", accuracy(self.model, x, y))
        super().on_epoch_start(epoch)

    def training_step(self, batch):
        x, y = batch
        return F.cross_entropy(self.model(x), y)
