from torch import nn


class Task(nn.Module):
    def on_train_epoch_start(self):
        self.train()

    def on_validation_start(self):
        self.eval()
