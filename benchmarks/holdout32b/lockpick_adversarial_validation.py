# expect: crash
"""Lock-picking timings: adversarial validation (train-vs-field discriminator) on a shared GRU encoder,
then the time-to-open regressor is fine-tuned on the same encoder."""
import torch
from torch import nn

torch.manual_seed(19)

CFG = {
    "hidden": 8,
    "pins": 5,
    "stages": [("adv_fit", "adversary"), ("adv_score", "adversary"), ("task_fit", "regressor")],
    "modes": {"adv_fit": "train", "adv_score": "eval", "task_fit": None},
}


class PinEncoder(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)

    def forward(self, pins):
        return self.gru(pins)[1][-1]


class Headed(nn.Module):
    def __init__(self, encoder, out):
        super().__init__()
        self.encoder = encoder
        self.head = nn.Linear(encoder.gru.hidden_size, out)

    def forward(self, pins):
        return self.head(self.encoder(pins))


def picks(n, shift=0.0):
    x = torch.randn(n, CFG["pins"], 2) + shift
    return x, x[:, :, 1].abs().sum(1, keepdim=True)


def adv_fit(models, data):
    net = models["adversary"]
    opt = torch.optim.Adam(net.parameters(), lr=1e-2)
    x = torch.cat([data["lab"][0], data["field"][0]])
    y = torch.cat([torch.zeros(len(data["lab"][0])), torch.ones(len(data["field"][0]))]).long()
    for _ in range(3):
        loss = nn.functional.cross_entropy(net(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def adv_score(models, data):
    with torch.no_grad():
        p = models["adversary"](data["lab"][0]).softmax(-1)[:, 1]
    data["weights"] = (p / (1 - p)).clamp(0.1, 10)
    return p.mean().item()


def task_fit(models, data):
    net = models["regressor"]
    net.head.train()
    opt = torch.optim.Adam(net.parameters(), lr=5e-3)
    x, y = data["lab"]
    for _ in range(3):
        per = (net(x) - y).pow(2).squeeze(-1)
        loss = (data["weights"] * per).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


STAGE_FNS = {"adv_fit": adv_fit, "adv_score": adv_score, "task_fit": task_fit}


def main():
    enc = PinEncoder(CFG["hidden"])
    models = {"adversary": Headed(enc, 2), "regressor": Headed(enc, 1)}
    data = {"lab": picks(8), "field": picks(8, shift=0.5)}
    for stage, owner in CFG["stages"]:
        mode = CFG["modes"][stage]
        if mode is not None:
            getattr(models[owner], mode)()
        print(stage, round(STAGE_FNS[stage](models, data), 4))


if __name__ == "__main__":
    main()
