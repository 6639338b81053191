# expect: clean
"""The model overrides train() to keep its BatchNorm in eval mode; the GRU follows model.train() as usual."""
import torch
import torch.nn as nn


class ConvGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(3, 8, 3, padding=1)
        self.bn = nn.BatchNorm1d(8)
        self.gru = nn.GRU(8, 8, batch_first=True)
        self.head = nn.Linear(8, 2)

    def train(self, mode=True):
        super().train(mode)
        self.bn.eval()  # small batches: keep the running statistics
        return self

    def forward(self, x):
        h = self.bn(self.conv(x)).relu().transpose(1, 2)
        return self.head(self.gru(h)[0][:, -1])


torch.manual_seed(0)
model = ConvGRU()
model.train()
opt = torch.optim.Adam(model.parameters())
x, y = torch.randn(4, 3, 10), torch.randint(0, 2, (4,))
loss = nn.functional.cross_entropy(model(x), y)
opt.zero_grad()
loss.backward()
opt.step()
print(loss.item())
