# expect: crash
"""Rag-rug pattern wear: stochastic weight averaging done by hand, then a short fine-tune of the average.

The running average is a deep copy of the model taken right after a validation pass.
"""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F

SETTINGS = dict(epochs=4, swa_start=2, batch=4, steps=8, n_in=3, hidden=8, lr=1e-2, ft_steps=2)


class WearModel(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h.mean(1))


def batches(n):
    return [(torch.randn(SETTINGS["batch"], SETTINGS["steps"], SETTINGS["n_in"]),
             torch.rand(SETTINGS["batch"], 1)) for _ in range(n)]


def validate(model, data):
    model.eval()
    with torch.no_grad():
        return sum(F.mse_loss(model(x), y).item() for x, y in data) / len(data)


@torch.no_grad()
def update_average(avg, model, n_averaged):
    for pa, pm in zip(avg.parameters(), model.parameters()):
        pa.mul_(n_averaged / (n_averaged + 1)).add_(pm / (n_averaged + 1))


def main():
    torch.manual_seed(12)
    model = WearModel(SETTINGS["n_in"], SETTINGS["hidden"])
    opt = torch.optim.SGD(model.parameters(), lr=SETTINGS["lr"], momentum=0.9)
    train, valid = batches(3), batches(2)
    swa, n_avg = None, 0
    for epoch in range(SETTINGS["epochs"]):
        model.train()
        for x, y in train:
            opt.zero_grad()
            F.mse_loss(model(x), y).backward()
            opt.step()
        val = validate(model, valid)
        if epoch >= SETTINGS["swa_start"]:
            if swa is None:
                swa = copy.deepcopy(model)
            else:
                update_average(swa, model, n_avg)
            n_avg += 1
        print(f"epoch {epoch} val {val:.4f} averaged {n_avg}")

    # short fine-tune of the averaged weights on the newest rugs
    ft_opt = torch.optim.SGD(swa.parameters(), lr=SETTINGS["lr"] / 10)
    for x, y in batches(SETTINGS["ft_steps"]):
        ft_opt.zero_grad()
        loss = F.mse_loss(swa(x), y)
        loss.backward()  # TM001-here
        ft_opt.step()
    print("swa val after fine-tune", round(validate(swa, valid), 4))


if __name__ == "__main__":
    main()
