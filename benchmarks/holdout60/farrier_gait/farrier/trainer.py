import copy

import torch
from torch import nn

from .decorators import eval_mode


class GaitModel(nn.Module):
    """Detects lameness from hoof-strike accelerometer windows after reshoeing."""

    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.head = nn.Linear(hidden, 2)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out.max(1).values)


class FarrierTrainer:
    def __init__(self, model, decay=0.9):
        self.model = model
        self.shadow = copy.deepcopy(model)
        self.decay = decay
        self.opt = torch.optim.Adam(model.parameters(), lr=5e-3)

    def train_step(self, x, y):
        self.opt.zero_grad()
        loss = nn.functional.cross_entropy(self.model(x), y)
        loss.backward()  # TM001-here
        self.opt.step()
        with torch.no_grad():
            for ps, pm in zip(self.shadow.parameters(), self.model.parameters()):
                ps.mul_(self.decay).add_(pm, alpha=1 - self.decay)
        return loss.item()

    @eval_mode("model")
    def predict(self, x):
        return self.shadow(x).softmax(-1)
