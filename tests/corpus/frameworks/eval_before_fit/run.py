# expect: crash
"""A baseline evaluation through the trainer before training: evaluate() leaves the model (held by the
trainer) in eval mode, and the trainer's loop never switches it back."""
import torch
import torch.nn as nn

from trainer_lib import Trainer


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(5, 8, batch_first=True)
        self.head = nn.Linear(8, 3)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1])


def batches(n):
    return [{"x": torch.randn(4, 6, 5), "y": torch.randint(0, 3, (4,))} for _ in range(n)]


torch.manual_seed(0)
trainer = Trainer(Classifier(), batches(3), batches(1))
print("baseline", trainer.evaluate())
trainer.train(epochs=1)  # TM001-here
