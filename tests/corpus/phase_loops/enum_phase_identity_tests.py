# expect: clean
"""The same phases as an enum, tested by identity: only the training phase runs a backward, and the
validation phase that puts the model in eval mode runs under no_grad."""
import enum

import torch
import torch.nn as nn
import torch.nn.functional as F


class Phase(enum.Enum):
    TRAIN = "train"
    VALID = "valid"


class Scorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(20, 8)
        self.lstm = nn.LSTM(8, 8, batch_first=True)
        self.fc = nn.Linear(8, 20)

    def forward(self, x):
        return self.fc(self.lstm(self.emb(x))[0][:, -1])


def run(phase, model, opt, x, y):
    if phase is Phase.VALID:
        model.eval()
    else:
        model.train()
    with torch.set_grad_enabled(phase is Phase.TRAIN):
        loss = F.cross_entropy(model(x), y)
    if phase is Phase.TRAIN:
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


torch.manual_seed(0)
model = Scorer()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
x, y = torch.randint(0, 20, (4, 5)), torch.randint(0, 20, (4,))
model.eval()
print("untrained", run(Phase.VALID, model, opt, x, y))
for epoch in range(2):
    for phase in (Phase.TRAIN, Phase.VALID):
        print(epoch, phase.value, run(phase, model, opt, x, y))
