# expect: clean
"""Cheesewright: brine-bath salt uptake. Fine-tuning with the dropout head held in eval.

The whole model goes to eval (so the head's dropout and batch-norm stay fixed) and then
the recurrent core alone is put back into training before the fine-tune forward.
"""
import torch
import torch.nn as nn


class BrineModel(nn.Module):
    def __init__(self, d=3, h=8):
        super().__init__()
        self.core = nn.LSTM(d, h, batch_first=True)
        self.head = nn.Sequential(nn.BatchNorm1d(h), nn.Dropout(0.3), nn.Linear(h, 1))

    def forward(self, x):
        return self.head(self.core(x)[0][:, -1]).squeeze(-1)


def pretrain(model, x, y, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        loss = ((model(x) - y) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()


def finetune_core(model, x, y, steps=2):
    model.eval()
    model.core.train()
    opt = torch.optim.SGD(model.core.parameters(), lr=0.01)
    for s in range(steps):
        loss = ((model(x) - y) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print("finetune", s, round(loss.item(), 4))


if __name__ == "__main__":
    torch.manual_seed(29)
    m = BrineModel()
    x, y = torch.randn(8, 5, 3), torch.randn(8)
    pretrain(m, x, y)
    finetune_core(m, torch.randn(4, 5, 3), torch.randn(4))
