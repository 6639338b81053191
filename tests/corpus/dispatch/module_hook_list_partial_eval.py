# expect: crash
"""A module-level list of hooks run around the hold-out check: `before_check` holds
`functools.partial(model.train, False)` and `after_check` nothing, so the check leaves the model in eval
for the next epoch's training step."""
import functools

import torch
import torch.nn as nn
import torch.nn.functional as F


class PumpLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


model = PumpLSTM()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
train_data = [(torch.randn(2, 5, 3), torch.randn(2, 1)) for _ in range(2)]
holdout = [(torch.randn(2, 5, 3), torch.randn(2, 1))]


def train_epoch(model, data):
    for x, y in data:
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()


before_check = [functools.partial(model.train, False)]
after_check = []


def check(model):
    for hook in before_check:
        hook()
    with torch.no_grad():
        err = sum(F.l1_loss(model(x), y).item() for x, y in holdout)
    for hook in after_check:
        hook()
    return err


model.train()
for epoch in range(2):
    train_epoch(model, train_data)
    print(epoch, check(model))
