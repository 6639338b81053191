# expect: clean
"""Truffle-dog search traces: predict find probability from sniff/turn sequences, one model per dog, zipped with
its optimiser. Validation flips the mode through setattr on names taken from the settings."""
import torch
from torch import nn

SETTINGS = {
    "dogs": ["bella", "tartufo", "nero"],
    "hidden": 6,
    "rounds": 2,
    "val_switch": ("training", False),
    "train_switch": ("training", True),
}


class SniffNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.find = nn.Linear(hidden, 1)

    def forward(self, trace):
        return self.find(self.drop(self.lstm(trace)[0][:, -1]))


def switch(model, spec):
    attr, value = spec
    setattr(model, attr, value)


def search_traces(bs=4, t=6):
    trace = torch.randn(bs, t, 3)
    return trace, (trace[:, :, 2].sum(1, keepdim=True) > 0).float()


def validate(models):
    scores = []
    for m in models:
        switch(m, SETTINGS["val_switch"])
        x, y = search_traces(6)
        with torch.no_grad():
            scores.append(nn.functional.binary_cross_entropy_with_logits(m(x), y).item())
    return scores


def main():
    torch.manual_seed(30)
    models = [SniffNet(SETTINGS["hidden"]) for _ in SETTINGS["dogs"]]
    optims = [torch.optim.Adam(m.parameters(), lr=1e-2) for m in models]
    for rnd in range(SETTINGS["rounds"]):
        print(rnd, "val", [round(v, 3) for v in validate(models)])
        for name, model, opt in zip(SETTINGS["dogs"], models, optims):
            x, y = search_traces()
            loss = nn.functional.binary_cross_entropy_with_logits(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        for m in models:
            switch(m, SETTINGS["train_switch"])


if __name__ == "__main__":
    main()
