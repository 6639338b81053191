# expect: crash
"""Dyehouse colour-drift forecaster: distil a pretrained GRU into a warm-started student."""
import io

import torch
import torch.nn as nn
import torch.nn.functional as F


class ColourNet(nn.Module):
    def __init__(self, n_feat=3, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_feat, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 3)

    def forward(self, x):
        _, h = self.gru(x)
        return self.head(h[-1])

    @classmethod
    def from_pretrained(cls, blob, **kw):
        model = cls(**kw)
        blob.seek(0)
        model.load_state_dict(torch.load(blob))
        return model.eval()


def pretrain_blob():
    base = ColourNet()
    buf = io.BytesIO()
    torch.save(base.state_dict(), buf)
    return buf


def distil(models, steps=4, tau=2.0):
    teacher, student = models["teacher"], models["student"]
    opt = torch.optim.SGD(student.parameters(), lr=0.05)
    for step in range(steps):
        x = torch.randn(4, 6, 3)
        with torch.no_grad():
            t = teacher(x)
        s = student(x)
        loss = F.kl_div(F.log_softmax(s / tau, -1), F.softmax(t / tau, -1), reduction="batchmean")
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(f"step {step} kd {loss.item():.4f}")


if __name__ == "__main__":
    torch.manual_seed(0)
    blob = pretrain_blob()
    models = {
        "teacher": ColourNet.from_pretrained(blob),
        "student": ColourNet.from_pretrained(blob),
    }
    distil(models)
