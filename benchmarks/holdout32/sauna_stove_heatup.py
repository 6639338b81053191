# expect: clean
"""Sauna stove heat-up: predict minutes until the room reaches 80 C from the
first readings of stone, air and flue temperatures. Mode switches are named in
the run settings and applied by name.
"""
import json

import torch
import torch.nn as nn

SETTINGS = json.loads("""
{
  "model": {"hidden": 8, "layers": 2},
  "train": {"epochs": 3, "batch": 4, "lr": 0.004},
  "modes": {"fit": "train", "check": "eval", "after_check": "train"}
}
""")


class HeatUp(nn.Module):
    def __init__(self, hidden, layers):
        super().__init__()
        self.gru = nn.GRU(3, hidden, num_layers=layers, batch_first=True, dropout=0.1)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1]).squeeze(-1)


def set_mode(model, phase):
    getattr(model, SETTINGS["modes"][phase])()


def readings(n):
    x = torch.rand(n, 6, 3)
    return x, 40 - 20 * x[:, -1, 0] - 5 * x[:, :, 2].mean(1)


def check(model, data):
    set_mode(model, "check")
    with torch.no_grad():
        x, y = data
        err = (model(x) - y).abs().mean().item()
    set_mode(model, "after_check")
    return err


def main():
    torch.manual_seed(15)
    model = HeatUp(**SETTINGS["model"])
    tcfg = SETTINGS["train"]
    opt = torch.optim.Adam(model.parameters(), lr=tcfg["lr"])
    x_all, y_all = readings(12)
    held = readings(4)
    set_mode(model, "fit")
    for epoch in range(tcfg["epochs"]):
        for i in range(0, len(x_all), tcfg["batch"]):
            loss = nn.functional.mse_loss(model(x_all[i:i + tcfg["batch"]]), y_all[i:i + tcfg["batch"]] / 40)
            opt.zero_grad()
            loss.backward()
            opt.step()
            err = check(model, (held[0], held[1] / 40))
        print(f"epoch {epoch} loss {loss.item():.4f} held MAE {err:.4f}")


if __name__ == "__main__":
    main()
