# expect: clean
"""Tide mills: sluice-gate flow with MC-dropout style fine-tuning where the normalisation layers are frozen."""
import torch
from torch import nn

torch.manual_seed(0)


class MillNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.norm = nn.LayerNorm(4)
        self.rnn = nn.LSTM(4, 12, num_layers=2, dropout=0.1, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.fc = nn.Linear(12, 1)

    def forward(self, x):
        h, _ = self.rnn(self.norm(x))
        return self.fc(self.drop(h[:, -1])).squeeze(-1)


def freeze_stats(model):
    for m in model.modules():
        if isinstance(m, (nn.LayerNorm, nn.modules.batchnorm._BatchNorm)):
            m.eval()


model = MillNet()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
model.train()
freeze_stats(model)
for step in range(3):
    x, y = torch.randn(6, 10, 4), torch.randn(6)
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("ok", loss.item())
