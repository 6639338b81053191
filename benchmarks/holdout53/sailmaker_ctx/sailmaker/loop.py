import torch
import torch.nn as nn

from .modes import DivergedError, evaluating


class PanelNet(nn.Module):
    def __init__(self, feats, hidden):
        super().__init__()
        self.rnn = nn.RNN(feats, hidden, batch_first=True, nonlinearity="tanh")
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(out[:, -1])


def batches(feats, n=3):
    return [(torch.randn(5, 6, feats), torch.randn(5, 1)) for _ in range(n)]


def validate(model, val, limit):
    with evaluating(model):
        with torch.no_grad():
            loss = sum(nn.functional.mse_loss(model(x), y).item() for x, y in val) / len(val)
        if loss > limit:
            raise DivergedError(f"val loss {loss:.3f} above {limit}")
    return loss


def fit(cfg):
    model = PanelNet(cfg["feats"], cfg["hidden"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    train, val = batches(cfg["feats"]), batches(cfg["feats"], 2)
    history = []
    for epoch in range(cfg["epochs"]):
        for x, y in train:
            opt.zero_grad()
            loss = nn.functional.mse_loss(model(x), y)
            loss.backward()  # TM001-here
            opt.step()
        try:
            history.append(validate(model, val, cfg["max_val_loss"]))
        except DivergedError as err:
            print("warning:", err)
            history.append(None)
    return history
