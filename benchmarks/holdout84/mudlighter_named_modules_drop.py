# expect: clean
"""Mud-lighter: silt load per tide for river lighters.  Fine-tuning keeps
some submodules deterministic, picked by name from named_modules()."""
import torch
from torch import nn

KEEP_DETERMINISTIC = ("enc.drop", "enc.proj")


class SiltModel(nn.Module):
    def __init__(self, n_in=5, hidden=8):
        super().__init__()
        self.enc = nn.ModuleDict({
            "proj": nn.Linear(n_in, hidden),
            "drop": nn.Dropout(0.25),
            "rnn": nn.GRU(hidden, hidden, batch_first=True),
        })
        self.dec = nn.Sequential(nn.Linear(hidden, hidden), nn.Tanh(), nn.Linear(hidden, 1))

    def forward(self, x):
        e = self.enc
        h, _ = e["rnn"](e["drop"](e["proj"](x)))
        return self.dec(h[:, -1])


def set_modes(model):
    model.train()
    for name, module in model.named_modules():
        if name and name.startswith(KEEP_DETERMINISTIC):
            module.eval()


def finetune(model, steps=3):
    opt = torch.optim.SGD(model.parameters(), lr=0.02, momentum=0.9)
    set_modes(model)
    for _ in range(steps):
        x, y = torch.randn(3, 5, 5), torch.rand(3, 1)
        loss = nn.functional.smooth_l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(13)
    print(round(finetune(SiltModel()), 5))
