# expect: crash
# Near miss gone wrong: cuDNN is disabled only around the training phase (a context manager stored in a config
# dict); the later torch.func.vjp attribution through the LSTM runs outside it, with cuDNN back on.
import torch
import torch.nn as nn
from torch.func import vjp

CONFIG = {
    "train_ctx": lambda: torch.backends.cudnn.flags(enabled=False),
    "epochs": 2,
}


class EventModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.stack = nn.ModuleDict({"rnn": nn.LSTM(4, 8, batch_first=True), "out": nn.Linear(8, 1)})

    def forward(self, x):
        return self.stack["out"](self.stack["rnn"](x)[0][:, -1]).squeeze(-1)  # TM002-here


def train(model, x, y, cfg):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    with cfg["train_ctx"]():
        for _ in range(cfg["epochs"]):
            loss = nn.functional.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
    return loss.item()


def input_attribution(model, x):
    out, pullback = vjp(model, x)
    (gx,) = pullback(torch.ones_like(out))
    return (gx * x).sum(-1)


if __name__ == "__main__":
    torch.manual_seed(0)
    model = EventModel()
    x, y = torch.randn(5, 6, 4), torch.randn(5)
    print("loss", train(model, x, y, CONFIG))
    print(input_attribution(model, x))
