# expect: clean
"""model.apply(fn) puts only the BatchNorm layers in eval mode, as detection/fine-tuning code does."""
import torch
import torch.nn as nn


def freeze_bn(module):
    if isinstance(module, nn.BatchNorm1d):
        module.eval()


class ConvRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(3, 8, 3, padding=1)
        self.bn = nn.BatchNorm1d(8)
        self.gru = nn.GRU(8, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        h = self.bn(self.conv(x)).relu().transpose(1, 2)
        return self.fc(self.gru(h)[0][:, -1])


torch.manual_seed(0)
model = ConvRNN()
model.train()
model.apply(freeze_bn)
opt = torch.optim.SGD(model.parameters(), lr=0.01)
x, y = torch.randn(4, 3, 10), torch.randint(0, 2, (4,))
loss = nn.functional.cross_entropy(model(x), y)
opt.zero_grad()
loss.backward()
opt.step()
print(loss.item())
