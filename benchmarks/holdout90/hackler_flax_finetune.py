# expect: crash
"""Hackler flax-fibre length regression: a checkpoint loader classmethod, then fine-tuning."""
import argparse
import io

import torch
import torch.nn as nn


class FibreLSTM(nn.Module):
    def __init__(self, feat=3, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(feat, hidden, batch_first=True)
        self.reg = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.reg(out[:, -1]).squeeze(-1)

    @classmethod
    def from_pretrained(cls, buffer, **kw):
        model = cls(**kw)
        buffer.seek(0)
        model.load_state_dict(torch.load(buffer))
        return model.eval()


def pretrain_buffer():
    buf = io.BytesIO()
    torch.save(FibreLSTM().state_dict(), buf)
    return buf


class Finetuner:
    def __init__(self, model, lr):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def step(self, x, y):
        self.opt.zero_grad()
        loss = nn.functional.mse_loss(self.model(x), y)
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--steps", type=int, default=3)
    p.add_argument("--lr", type=float, default=1e-2)
    args = p.parse_args([])
    torch.manual_seed(2)
    model = FibreLSTM.from_pretrained(pretrain_buffer())
    tuner = Finetuner(model, args.lr)
    for s in range(args.steps):
        x, y = torch.randn(4, 6, 3), torch.randn(4)
        print(s, round(tuner.step(x, y), 4))


if __name__ == "__main__":
    main()
