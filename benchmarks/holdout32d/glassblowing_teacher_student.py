# expect: clean
"""Glassblowing furnace: predict crown temperature 10 minutes ahead.

A large LSTM teacher is fine-tuned first; a small GRU student then distils from
it. The teacher is re-evaluated between student epochs to log its drift.
"""
import torch
import torch.nn as nn

torch.manual_seed(7)
CONF = {"thermocouples": 4, "t": 6, "batch": 5,
        "teacher": {"cls": "LSTM", "hidden": 16}, "student": {"cls": "GRU", "hidden": 6}}


class Furnace(nn.Module):
    def __init__(self, cls, hidden, feats):
        super().__init__()
        self.rnn = getattr(nn, cls)(feats, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


def readings(conf):
    x = torch.randn(conf["batch"], conf["t"], conf["thermocouples"])
    return x, x[:, -2:, :2].mean((1, 2))


def build(conf):
    zoo = {}
    for role in ("teacher", "student"):
        net = Furnace(conf[role]["cls"], conf[role]["hidden"], conf["thermocouples"])
        zoo[role] = {"net": net, "opt": torch.optim.Adam(net.parameters(), lr=5e-3), "log": []}
    return zoo


def set_modes(zoo, modes):
    for role, flag in modes.items():
        getattr(zoo[role]["net"], "train" if flag else "eval")()


def finetune_teacher(zoo, conf, steps=3):
    t = zoo["teacher"]
    set_modes(zoo, {"teacher": True})
    for _ in range(steps):
        x, y = readings(conf)
        loss = nn.functional.mse_loss(t["net"](x), y)
        t["opt"].zero_grad()
        loss.backward()
        t["opt"].step()


def evaluate(zoo, role, conf):
    set_modes(zoo, {role: False})
    with torch.no_grad():
        x, y = readings(conf)
        err = nn.functional.l1_loss(zoo[role]["net"](x), y).item()
    zoo[role]["log"].append(round(err, 4))
    return err


def distil_epoch(zoo, conf, steps=3, alpha=0.5):
    s, t = zoo["student"], zoo["teacher"]
    set_modes(zoo, {"student": True})
    for _ in range(steps):
        x, y = readings(conf)
        with torch.no_grad():
            soft = t["net"](x)
        pred = s["net"](x)
        loss = alpha * nn.functional.mse_loss(pred, soft) + (1 - alpha) * nn.functional.mse_loss(pred, y)
        s["opt"].zero_grad()
        loss.backward()
        s["opt"].step()


def main():
    zoo = build(CONF)
    finetune_teacher(zoo, CONF)
    for epoch in range(3):
        evaluate(zoo, "teacher", CONF)
        distil_epoch(zoo, CONF)
        evaluate(zoo, "student", CONF)
    print({role: parts["log"] for role, parts in zoo.items()})


if __name__ == "__main__":
    main()
