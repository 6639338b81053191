# expect: clean
"""Lacemaker: gradient*input relevance with an LSTMCell unrolled by hand, model in eval mode, cuDNN on."""
import torch
import torch.nn as nn

torch.manual_seed(15)


class BobbinCellNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.LSTMCell(2, 8)
        self.fc = nn.Linear(8, 4)

    def forward(self, x):
        h = c = x.new_zeros(x.shape[0], 8)
        for t in range(x.shape[1]):
            h, c = self.cell(x[:, t], (h, c))
        return self.fc(h)


def relevance(model, x, target):
    model.eval()
    x = x.clone().requires_grad_(True)
    model(x).gather(1, target.view(-1, 1)).sum().backward()
    return (x.grad * x).sum(-1)


model = BobbinCellNet()
r = relevance(model, torch.randn(3, 7, 2), torch.tensor([0, 1, 2]))
print("relevance per step", r.shape)
