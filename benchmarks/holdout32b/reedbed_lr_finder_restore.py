# expect: clean
"""Reed-bed filtration: nitrate outflow forecasting with an LR finder whose probe restores the mode."""
import copy
import math
import torch
from torch import nn

torch.manual_seed(1)

SETTINGS = {"hidden": 8, "window": 5, "bs": 4, "lrs": [3e-4, 3e-3, 3e-2], "steps": 4}


class ReedBedLSTM(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1])


def synth(bs, window):
    x = torch.randn(bs, window, 4)
    return x, x[:, :, 0].mean(1, keepdim=True)


def probe_loss(models, x, y):
    net = models[0]
    was_training = net.training
    net.eval()
    try:
        with torch.no_grad():
            return nn.functional.l1_loss(net(x), y).item()
    finally:
        net.train(was_training)


def one_step(models, x, y):
    net, opt = models
    loss = nn.functional.l1_loss(net(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


def find_lr(models, cfg):
    net, opt = models
    saved_net = copy.deepcopy(net.state_dict())
    saved_opt = copy.deepcopy(opt.state_dict())
    history = []
    for lr in cfg["lrs"]:
        opt.param_groups[0]["lr"] = lr
        x, y = synth(cfg["bs"], cfg["window"])
        one_step(models, x, y)
        history.append((lr, probe_loss(models, x, y)))
    net.load_state_dict(saved_net)
    opt.load_state_dict(saved_opt)
    lr, best = min(history, key=lambda t: t[1] if math.isfinite(t[1]) else 1e9)
    return lr / 3


def main(cfg=SETTINGS):
    net = ReedBedLSTM(hidden=cfg["hidden"])
    models = (net, torch.optim.Adam(net.parameters(), lr=1e-3))
    lr = find_lr(models, cfg)
    models[1].param_groups[0]["lr"] = lr
    for step in range(cfg["steps"]):
        x, y = synth(cfg["bs"], cfg["window"])
        print(step, round(one_step(models, x, y), 4))


if __name__ == "__main__":
    main()
