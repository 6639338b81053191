# expect: crash
"""Farriers' shoeing rota: predict next-visit interval per horse with an LSTM.

A pretrained predictor is loaded for scoring the rota and then fine-tuned on the
new season's visits.
"""
import torch
from torch import nn

REGISTRY = {}


def register(name):
    def deco(cls):
        REGISTRY[name] = cls
        return cls
    return deco


@register("interval")
class IntervalLSTM(nn.Module):
    def __init__(self, n_in=4, hidden=12):
        super().__init__()
        self.enc = nn.LSTM(n_in, hidden, num_layers=2, batch_first=True)
        self.reg = nn.Linear(hidden, 1)

    def forward(self, visits):
        out, (h, c) = self.enc(visits)
        return self.reg(h[-1]).squeeze(-1)

    @classmethod
    def for_scoring(cls, state=None, **kw):
        model = cls(**kw)
        if state is not None:
            model.load_state_dict(state)
        return model.eval()


def season(n_horses=6, n_visits=5):
    x = torch.randn(n_horses, n_visits, 4)
    y = x[:, :, 0].mean(1) * 3 + 6
    return x, y


def score_rota(model, x):
    with torch.no_grad():
        return model(x).round()


def fine_tune(model, steps=4):
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for step in range(steps):
        x, y = season()
        loss = nn.functional.smooth_l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(3)
    base = REGISTRY["interval"]()
    state = {k: v.clone() for k, v in base.state_dict().items()}
    predictor = REGISTRY["interval"].for_scoring(state)
    x, _ = season()
    print("rota", score_rota(predictor, x).tolist())
    print("fine-tuned loss", fine_tune(predictor))


if __name__ == "__main__":
    main()
