# expect: crash
"""Tide-gauge surge model: a module-level table lists the stages, each row a phase name and its tensors, and
the loop sets the mode from the phase and sums every row's loss for one backward after the loop. The "check"
row in the middle ran its LSTM in eval mode with grad on, so the single backward goes through it."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class SurgeNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


STAGES = [
    ("fit", torch.randn(4, 6, 2), torch.randn(4, 1)),
    ("check", torch.randn(4, 6, 2), torch.randn(4, 1)),
    ("fit", torch.randn(4, 6, 2), torch.randn(4, 1)),
]

gauge = SurgeNet()
opt = torch.optim.SGD(gauge.parameters(), lr=0.05)
total = torch.zeros(())
for stage, x, y in STAGES:
    gauge.train(stage == "fit")
    loss = nn.functional.mse_loss(gauge(x), y)
    print(stage, round(loss.item(), 4))
    total = total + loss
opt.zero_grad()
total.backward()  # TM001-here
opt.step()
print("summed", total.item())
