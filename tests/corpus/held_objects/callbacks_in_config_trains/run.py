# expect: clean
"""An estimator runs the callbacks kept in its dataclass config after each epoch; the validation callback
calls back into the estimator's predict(), which puts the GRU model in eval mode. fit() calls train() at the
start of every epoch, so each backward runs through the GRU in train mode."""
import torch
import torch.nn as nn

from callbacks import log_validation
from config import TrainerConfig
from wrapper import Estimator


class GRUClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


torch.manual_seed(0)
model = GRUClassifier()
Estimator(model, TrainerConfig(callbacks=[log_validation])).fit()
print("done")
