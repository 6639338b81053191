# expect: crash
"""Time-aware LSTM (T-LSTM style) on EHR visits with irregular gaps; fine-tune a pretrained checkpoint."""
import math
import os
import tempfile
import torch
import torch.nn as nn


class TimeDecay(nn.Module):
    def forward(self, dt):
        return 1.0 / torch.log(math.e + dt)


class VisitModel(nn.Module):
    def __init__(self, n_codes=20, hidden=8):
        super().__init__()
        self.codes = nn.EmbeddingBag(n_codes, 6, mode="mean")
        self.decay = TimeDecay()
        self.rnn = nn.LSTM(7, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, codes, gaps):
        b, v, c = codes.shape
        e = self.codes(codes.view(b * v, c)).view(b, v, -1)
        feats = torch.cat([e, self.decay(gaps).unsqueeze(-1)], -1)
        h, _ = self.rnn(feats)
        return self.head(h[:, -1]).squeeze(-1)

    @classmethod
    def from_pretrained(cls, path, **kw):
        model = cls(**kw)
        model.load_state_dict(torch.load(path))
        return model.eval()


def make_batch(b=4, visits=5, per_visit=3):
    codes = torch.randint(0, 20, (b, visits, per_visit))
    gaps = torch.rand(b, visits) * 30
    y = torch.randint(0, 2, (b,)).float()
    return codes, gaps, y


def main():
    torch.manual_seed(0)
    fd, ckpt = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    try:
        torch.save(VisitModel().state_dict(), ckpt)
        model = VisitModel.from_pretrained(ckpt)
        opt = torch.optim.Adam(model.head.parameters(), lr=1e-3)
        lossf = nn.BCEWithLogitsLoss()
        for step in range(3):
            codes, gaps, y = make_batch()
            loss = lossf(model(codes, gaps), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
            print("step", step, round(loss.item(), 4))
    finally:
        os.remove(ckpt)


if __name__ == "__main__":
    main()
