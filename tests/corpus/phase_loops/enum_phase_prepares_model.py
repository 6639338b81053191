# expect: crash
"""Phases as an enum whose members prepare the model: calibration and fine-tuning keep normalisation
statistics fixed with model.eval(), so fine-tuning's backward runs through the eval-mode LSTM."""
import enum

import torch
import torch.nn as nn
import torch.nn.functional as F


class Phase(enum.Enum):
    PRETRAIN = "pretrain"
    FINETUNE = "finetune"

    def prepare(self, model):
        if self is Phase.PRETRAIN:
            model.train()
        else:
            model.eval()
        return model


class Scorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(20, 8)
        self.lstm = nn.LSTM(8, 8, batch_first=True)
        self.fc = nn.Linear(8, 20)

    def forward(self, x):
        return self.fc(self.lstm(self.emb(x))[0][:, -1])


def run(phase, model, opt, x, y):
    phase.prepare(model)
    loss = F.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


torch.manual_seed(0)
model = Scorer()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
x, y = torch.randint(0, 20, (4, 5)), torch.randint(0, 20, (4,))
for phase in Phase:
    print(phase.value, run(phase, model, opt, x, y))
