# expect: crash
"""A tagger whose phases are a str-valued enum: the validation pass switches to eval and only the
training pass steps the optimizer; the backward runs in both, so the validation pass crashes."""
import enum

import torch
from torch import nn


class Phase(str, enum.Enum):
    TRAIN = "train"
    VALID = "valid"


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.head = nn.Linear(8, 3)

    def forward(self, x):
        return self.head(self.lstm(x)[0])


def set_phase(model, phase):
    if phase == Phase.TRAIN:
        model.train()
    else:
        model.eval()


def run_phase(model, optimizer, batches, phase):
    set_phase(model, phase)
    total = 0.0
    for x, y in batches:
        loss = nn.functional.cross_entropy(model(x).reshape(-1, 3), y.reshape(-1))
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        if phase == "train":
            optimizer.step()
        total += loss.item()
    return total


model = Tagger()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
batches = [(torch.randn(2, 5, 4), torch.randint(0, 3, (2, 5))) for _ in range(2)]
for epoch in range(2):
    for phase in (Phase.TRAIN, Phase.VALID):
        print(phase.value, run_phase(model, optimizer, batches, phase))
