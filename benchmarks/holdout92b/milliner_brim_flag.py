# expect: clean
"""Milliner: predict felt shrinkage of a hat brim from steaming-cycle logs.

The wrapper has a jitter augmentation that is only applied while `self.training` is set;
the fine-tuning run switches that augmentation off by clearing the wrapper's own flag.
"""
import torch
import torch.nn as nn

torch.manual_seed(9)


class Shrinkage(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1]).squeeze(-1)


class Augmented(nn.Module):
    def __init__(self, core, jitter=0.05):
        super().__init__()
        self.core = core
        self.jitter = jitter

    def forward(self, x):
        if self.training:
            x = x + self.jitter * torch.randn_like(x)
        return self.core(x)


def finetune(model, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.training = False  # no jitter while fine-tuning on clean logs
    for s in range(steps):
        x, y = torch.randn(4, 6, 3), torch.randn(4)
        loss = nn.functional.smooth_l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(s, round(loss.item(), 4))


if __name__ == "__main__":
    finetune(Augmented(Shrinkage()))
