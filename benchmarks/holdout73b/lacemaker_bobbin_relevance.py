# expect: clean
"""Lacemaker: gradient*input relevance of bobbin-tension steps, computed in eval mode with cuDNN switched off."""
import torch
import torch.nn as nn


def setup(seed=15, deterministic=True):
    torch.manual_seed(seed)
    if deterministic:
        # reproducible kernels for the relevance maps
        torch.backends.cudnn.enabled = False


class BobbinLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True, num_layers=2, dropout=0.2)
        self.fc = nn.Linear(8, 4)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.fc(o[:, -1])


def relevance(model, x, target):
    model.eval()
    x = x.clone().requires_grad_(True)
    model(x).gather(1, target.view(-1, 1)).sum().backward()
    return (x.grad * x).sum(-1)


setup()
model = BobbinLSTM()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for _ in range(3):
    x, y = torch.randn(4, 7, 2), torch.randint(0, 4, (4,))
    model.train()
    loss = nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
r = relevance(model, torch.randn(3, 7, 2), torch.tensor([0, 1, 2]))
print("relevance per step", r.shape)
