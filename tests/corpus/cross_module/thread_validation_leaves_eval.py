# expect: crash
"""Validation runs in a background thread (`threading.Thread(target=validate, args=(model, val))`), joined before
the next epoch; `validate` puts the model in eval mode and nothing sets train mode back, so the second epoch's
backward runs the LSTM in eval mode."""
import threading

import torch
import torch.nn as nn


class Arrhythmia(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 12, batch_first=True)
        self.out = nn.Linear(12, 4)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


def validate(model, batch):
    model.eval()
    with torch.no_grad():
        x, y = batch
        print("val acc", (model(x).argmax(-1) == y).float().mean().item())


model = Arrhythmia()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
train, val = (torch.randn(6, 40, 2), torch.randint(0, 4, (6,))), (torch.randn(3, 40, 2), torch.randint(0, 4, (3,)))
model.train()
for epoch in range(2):
    loss = nn.functional.cross_entropy(model(train[0]), train[1])
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    worker = threading.Thread(target=validate, args=(model, val))
    worker.start()
    worker.join()
