# expect: clean
"""Beach groynes: predict sand loss between groynes from a fortnight of wave buoy data.

Every few steps the loop logs validation metrics *between* computing the loss
and calling backward (the logger wants the pre-update loss next to the
validation score). Each step starts by putting the model back in train mode.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(24)


class ErosionNet(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.out = nn.Linear(hidden, 1)

    def forward(self, waves):
        h, _ = self.rnn(waves)
        return self.out(h[:, -1]).squeeze(-1)


def buoy(n=4, days=14):
    x = torch.randn(n, days, 3)  # height, period, direction
    y = (x[:, :, 0].clamp(min=0) * x[:, :, 1].abs()).mean(1)
    return x, y


def log_validation(model, step, batch, history):
    model.eval()
    with torch.no_grad():
        x, y = batch
        history.append((step, F.l1_loss(model(x), y).item()))


def main():
    model = ErosionNet()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    val = buoy(6)
    history = []
    for step in range(8):
        model.train()
        x, y = buoy()
        loss = F.mse_loss(model(x), y)
        if step % 3 == 0:
            log_validation(model, step, val, history)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("val log", [(s, round(v, 3)) for s, v in history])


if __name__ == "__main__":
    main()
