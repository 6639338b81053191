# expect: clean
"""Cooper's workshop: predict stave leakage from the steam-bending log.

Keeps the best model on disk during pre-training and resumes from it for fine-tuning on new oak.
"""
import os
import shutil
import tempfile

import torch
from torch import nn


class StaveLeak(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h.mean(1)).squeeze(-1)


def bending_log(n, seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, 6, 4, generator=g)
    return x, (x[:, :, 2].max(1).values > 1.0).float()


def evaluate(model, x, y):
    model.eval()
    with torch.no_grad():
        return nn.functional.binary_cross_entropy_with_logits(model(x), y).item()


def pretrain(model, data, val, ckpt, epochs=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    best = float("inf")
    for _ in range(epochs):
        model.train()
        opt.zero_grad()
        nn.functional.binary_cross_entropy_with_logits(model(data[0]), data[1]).backward()
        opt.step()
        v = evaluate(model, *val)
        if v < best:
            best = v
            torch.save(model.state_dict(), ckpt)
    return best


def resume(ckpt):
    model = StaveLeak()
    model.load_state_dict(torch.load(ckpt))
    return model


def finetune(model, data, steps=2):
    opt = torch.optim.SGD(model.parameters(), lr=1e-3)
    for _ in range(steps):
        opt.zero_grad()
        loss = nn.functional.binary_cross_entropy_with_logits(model(data[0]), data[1])
        loss.backward()
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(0)
    workdir = tempfile.mkdtemp(prefix="cooper_")
    try:
        ckpt = os.path.join(workdir, "best.pt")
        best = pretrain(StaveLeak(), bending_log(8, 1), bending_log(4, 2), ckpt)
        model = resume(ckpt)
        print("best val", round(best, 4), "finetuned", round(finetune(model, bending_log(6, 3)), 4))
    finally:
        shutil.rmtree(workdir)


if __name__ == "__main__":
    main()
