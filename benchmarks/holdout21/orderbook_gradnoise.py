# expect: crash
"""Limit-order-book mid-price direction model (DeepLOB-ish conv + LSTM) with annealed gradient noise."""
import math
import torch
import torch.nn as nn

torch.manual_seed(5)
CFG = {"levels": 4, "hidden": 12, "window": 16, "batch": 4, "lr": 1e-3,
       "noise_eta": 0.01, "noise_gamma": 0.55, "steps": 4,
       "dropout_during_fit": False}  # turned off after the ablation in run 17


class LOBNet(nn.Module):
    def __init__(self, levels, hidden):
        super().__init__()
        self.conv = nn.Sequential(nn.Conv2d(1, 4, (1, 2), stride=(1, 2)), nn.LeakyReLU(0.01),
                                  nn.Conv2d(4, 4, (1, 2 * levels)), nn.LeakyReLU(0.01))
        self.drop = nn.Dropout(0.2)
        self.lstm = nn.LSTM(4, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 3)

    def forward(self, book):  # B x T x (2*levels*2)
        z = self.conv(book.unsqueeze(1))       # B x 4 x T x 1
        z = self.drop(z.squeeze(-1).transpose(1, 2))
        out, _ = self.lstm(z)
        return self.fc(out[:, -1])


def snapshot(cfg):
    b, t, lv = cfg["batch"], cfg["window"], cfg["levels"]
    px = 100 + torch.randn(b, t, 2 * lv).cumsum(1) * 0.01
    vol = torch.rand(b, t, 2 * lv)
    return torch.cat([px, vol], -1), torch.randint(0, 3, (b,))


def add_gradient_noise(params, step, eta, gamma):
    std = math.sqrt(eta / (1 + step) ** gamma)
    for p in params:
        if p.grad is not None:
            p.grad.add_(torch.randn_like(p.grad) * std)


def fit(cfg):
    model = LOBNet(cfg["levels"], cfg["hidden"])
    model.train(cfg["dropout_during_fit"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    for step in range(cfg["steps"]):
        x, y = snapshot(cfg)
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        add_gradient_noise(model.parameters(), step, cfg["noise_eta"], cfg["noise_gamma"])
        opt.step()
    return model


if __name__ == "__main__":
    m = fit(CFG)
    print("trained", sum(p.numel() for p in m.parameters()), "params")
