# expect: crash
"""An ensemble written as a subclass of nn.ModuleList (no constructor of its own) over members a factory
builds; the ensemble is put in eval mode for inference, and a sensitivity map is then taken with
torch.autograd.grad through every member's LSTM."""
import torch
import torch.nn as nn


class Member(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 5, batch_first=True)
        self.out = nn.Linear(5, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


class Ensemble(nn.ModuleList):
    def forward(self, x):
        return torch.stack([member(x) for member in self]).mean(0)


def build_members(count):
    members = []
    for seed in range(count):
        torch.manual_seed(seed)
        members.append(Member())
    return members


ensemble = Ensemble(build_members(3)).eval()
signal = torch.randn(1, 8, 2, requires_grad=True)
sensitivity = torch.autograd.grad(ensemble(signal).sum(), signal)[0]  # TM001-here
print(sensitivity.abs().mean().item())
