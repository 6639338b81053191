# expect: crash
"""The entry script only builds things and calls trainer.train(); evaluate() every 2 steps leaves the
model in eval mode and the custom training_step() never calls model.train()."""
import torch
import torch.nn as nn

from trainer_lib import Trainer


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(5, 8, batch_first=True)
        self.head = nn.Linear(8, 3)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


def batches(n):
    return [{"x": torch.randn(4, 6, 5), "y": torch.randint(0, 3, (4,))} for _ in range(n)]


torch.manual_seed(0)
model = Tagger()
trainer = Trainer(model, batches(4), batches(1))
trainer.train(epochs=2)
