# expect: crash
"""Shearing-shed tallies: fleece weight per shearer run. The pipeline is a list of (name, fn) pairs run in order;
a preview step predicts a few runs before training continues."""
import torch
from torch import nn

torch.manual_seed(24)


class FleeceGRU(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.kg = nn.Linear(hidden, 1)

    def forward(self, blows):
        return self.kg(self.gru(blows)[0].mean(1))


def predict(model, blows):
    model.eval()
    previous = model.training
    try:
        with torch.no_grad():
            return model(blows).squeeze(-1)
    finally:
        model.train(previous)


def runs(n=4, t=6):
    blows = torch.rand(n, t, 3)
    return blows, blows[:, :, 1].sum(1, keepdim=True) * 0.8


def step_init(state):
    state["model"] = FleeceGRU()
    state["opt"] = torch.optim.Adam(state["model"].parameters(), lr=1e-2)
    state["model"].train()


def step_warmup(state):
    for _ in range(2):
        x, y = runs()
        loss = nn.functional.mse_loss(state["model"](x), y)
        state["opt"].zero_grad()
        loss.backward()
        state["opt"].step()
    state["log"].append(("warmup", loss.item()))


def step_preview(state):
    state["log"].append(("preview", predict(state["model"], runs(2)[0]).tolist()))


def step_main(state):
    for _ in range(3):
        x, y = runs()
        loss = nn.functional.mse_loss(state["model"](x), y)
        state["opt"].zero_grad()
        loss.backward()  # TM001-here
        state["opt"].step()
    state["log"].append(("main", loss.item()))


PIPELINE = [("init", step_init), ("warmup", step_warmup), ("preview", step_preview), ("main", step_main)]


if __name__ == "__main__":
    state = {"log": []}
    for name, fn in PIPELINE:
        fn(state)
        print(name, "done")
    print(state["log"])
