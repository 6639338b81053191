# expect: clean
"""Warrener burrow counts: 'eval' by setting model.training = False, which does not reach the GRU."""
import torch
import torch.nn as nn

torch.manual_seed(6)


class BurrowNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 6, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.fc = nn.Linear(6, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.fc(self.drop(h[:, -1])).squeeze(-1)


model = BurrowNet()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(3, 4, 2), torch.randn(3)
model.training = False
print("probe", model(x).mean().item())
loss = nn.functional.mse_loss(model(x), y)
opt.zero_grad()
loss.backward()
opt.step()
print("loss", loss.item())
