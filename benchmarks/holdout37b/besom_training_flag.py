# expect: clean
"""Besom brooms: eval() on the model, then input-gradient saliency with the forward run under cuDNN off."""
import torch
import torch.nn as nn


class BristleNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True)
        self.out = nn.Linear(6, 2)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h.mean(1))


def saliency(model, x):
    model.eval()
    x = x.clone().requires_grad_(True)
    with torch.backends.cudnn.flags(enabled=False):
        model(x).sum().backward()
    return x.grad.abs().mean().item()


torch.manual_seed(1)
m = BristleNet()
print(saliency(m, torch.randn(4, 7, 3)))
