# expect: clean
"""Withy-bed growth regression; validation has a time budget and may stop early."""
import torch
from torch import nn
from withy.validate import validate, BudgetExceeded


class GrowthRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(2, 6, batch_first=True)
        self.fc = nn.Linear(6, 1)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.fc(o[:, -1])


torch.manual_seed(5)
train = [(torch.randn(3, 5, 2), torch.randn(3, 1)) for _ in range(3)]
val = [(torch.randn(3, 5, 2), torch.randn(3, 1)) for _ in range(4)]
model = GrowthRNN()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
model.train()
for epoch in range(2):
    for x, y in train:
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    try:
        print("epoch", epoch, "val", validate(model, val, budget_s=0.0))
    except BudgetExceeded as err:
        print("epoch", epoch, "val skipped:", err)
