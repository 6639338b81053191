# expect: crash
"""Kiln drying curves: a generator owns the mode, putting the model in train mode before each epoch's training
batches and in eval mode before the validation ones. The caller keeps the generator object in a variable and
iterates it later through enumerate(); the validation phase measures an input-gradient sensitivity too, which
back-propagates through the LSTM its generator put in eval mode: the crash the lazy phases must still find."""
import torch
import torch.nn.functional as F
from torch import nn


class DryingNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


def phases(model, train_batches, val_batches, epochs):
    for epoch in range(epochs):
        model.train()
        for batch in train_batches:
            yield "train", epoch, batch
        model.eval()
        for batch in val_batches:
            yield "val", epoch, batch


def batches(n):
    return [(torch.randn(4, 6, 3), torch.randn(4)) for _ in range(n)]


def main():
    torch.manual_seed(2)
    model = DryingNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    schedule = phases(model, batches(3), batches(1), epochs=2)
    val = []
    for step, (phase, epoch, (x, y)) in enumerate(schedule):
        if phase == "train":
            loss = F.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        else:
            x = x.requires_grad_(True)
            loss = F.mse_loss(model(x), y)
            (grad,) = torch.autograd.grad(loss, x)  # TM001-here
            val.append((epoch, loss.item(), grad.abs().mean().item()))
    print(step + 1, "steps;", val[-1])


if __name__ == "__main__":
    main()
