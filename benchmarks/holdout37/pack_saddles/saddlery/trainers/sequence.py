import torch.nn.functional as F

from .base import Trainer


class SequenceTrainer(Trainer):
    def on_epoch_begin(self, epoch):
        print("epoch", epoch)

    def train_step(self, x, y):
        loss = F.cross_entropy(self.net_(x), y)
        self.optimizer_.zero_grad()
        loss.backward()  # TM001-here
        self.optimizer_.step()
        return loss.item()
