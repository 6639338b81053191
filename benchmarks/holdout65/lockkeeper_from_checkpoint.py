# expect: crash
"""lockkeeper: canal water-level forecaster, fine-tuned from a released checkpoint.

`LevelForecaster.from_checkpoint` is the public loader; the fine-tuning recipe keeps
the zoo of loaded forecasters in a dict keyed by site.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class LevelForecaster(nn.Module):
    def __init__(self, d=3, h=8, horizon=2):
        super().__init__()
        self.encoder = nn.Sequential()
        self.encoder.add_module("proj", nn.Linear(d, h))
        self.lstm = nn.LSTM(h, h, batch_first=True)
        self.head = nn.Linear(h, horizon)

    def forward(self, x):
        z, _ = self.lstm(self.encoder(x))
        return self.head(z[:, -1])

    @classmethod
    def from_checkpoint(cls, state, **kw):
        model = cls(**kw)
        model.load_state_dict(state)
        return model.eval()


class SiteZoo:
    def __init__(self):
        self.sites = {}

    def add(self, name, state):
        self.sites[name] = LevelForecaster.from_checkpoint(state)
        return self.sites[name]


def finetune(model, x, y, steps=3):
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=1e-2)
    for _ in range(steps):
        opt.zero_grad()
        loss = F.l1_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(4)
    released = LevelForecaster().state_dict()
    zoo = SiteZoo()
    for site in ("upper", "lower"):
        zoo.add(site, released)
    x, y = torch.randn(6, 9, 3), torch.randn(6, 2)
    for site, model in zoo.sites.items():
        print(site, finetune(model, x, y))


if __name__ == "__main__":
    main()
