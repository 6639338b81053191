# expect: crash
"""Phase functions share a state dict built as `{"model": model, "opt": opt, **data}`: the spread of the data dict
does not hide the model entry. The config runs fit, eval, then a few fine-tuning steps, which meet the LSTM that the
eval phase left in eval mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Coat(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True)
        self.head = nn.Linear(8, 3)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


def step(state, xb, yb):
    state["opt"].zero_grad()
    loss = F.cross_entropy(state["model"](xb), yb)
    loss.backward()  # TM001-here
    state["opt"].step()


def fit(state):
    state["model"].train()
    for xb, yb in state["train"]:
        step(state, xb, yb)


def evaluate(state):
    state["model"].eval()
    with torch.no_grad():
        x, y = state["val"]
        state["acc"] = (state["model"](x).argmax(1) == y).float().mean().item()


def finetune(state):
    step(state, *state["val"])


PHASES = {"fit": fit, "eval": evaluate, "finetune": finetune}


def run(order, data):
    model = Coat()
    state = {"model": model, "opt": torch.optim.SGD(model.parameters(), lr=0.1), **data}
    for name in order:
        PHASES[name](state)
    return state


if __name__ == "__main__":
    x, y = torch.randn(12, 5, 2), torch.randint(0, 3, (12,))
    print(run(["fit", "eval", "finetune"], {"train": [(x[:6], y[:6])], "val": (x[6:], y[6:])})["acc"])
