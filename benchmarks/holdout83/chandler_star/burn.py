# expect: crash
"""Chandler wick-burn regressor: helpers come in through a star import of a re-exporting package."""
import torch
import torch.nn as nn


def prepare(model):
    return model.train()


from chandler import *  # noqa: E402,F401,F403


class WickRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(2, 6, batch_first=True)
        self.fc = nn.Linear(6, 1)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1]).squeeze(-1)


torch.manual_seed(0)
model = prepare(WickRNN())
print("baseline", calibrate(model, torch.randn(3, 4, 2)))
opt = torch.optim.SGD(model.parameters(), lr=0.05)
for _ in range(3):
    x, y = torch.randn(3, 4, 2), torch.randn(3)
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print("done", loss.item())
