# expect: crash
"""A Keras-like fit() with callbacks looked up by name from a config list."""
import torch
import torch.nn as nn
import torch.nn.functional as F

CALLBACKS = {}


def callback(name):
    def register(fn):
        CALLBACKS[name] = fn
        return fn
    return register


@callback("val_metrics")
def val_metrics(state):
    model, (vx, vy) = state["model"], state["val"]
    model.eval()
    with torch.no_grad():
        state["history"].append(F.mse_loss(model(vx), vy).item())


@callback("lr_decay")
def lr_decay(state):
    for group in state["optimizer"].param_groups:
        group["lr"] *= 0.5


@callback("print")
def print_progress(state):
    print(f"epoch {state['epoch']}: loss {state['loss']:.4f} val {state['history'][-1]:.4f}")


class Seq2One(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(input_size=2, hidden_size=10, num_layers=2, batch_first=True, proj_size=4)
        self.head = nn.Linear(4, 1)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1])


def fit(model, data, val, epochs, callbacks):
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    state = {"model": model, "optimizer": optimizer, "val": val, "history": []}
    model.train()
    for epoch in range(epochs):
        for x, y in data:
            loss = F.mse_loss(model(x), y)
            optimizer.zero_grad()
            loss.backward()  # TM001-here
            optimizer.step()
        state.update(epoch=epoch, loss=loss.item())
        for name in callbacks:
            CALLBACKS[name](state)
    return state["history"]


torch.manual_seed(0)
data = [(torch.randn(4, 6, 2), torch.randn(4, 1)) for _ in range(3)]
val = (torch.randn(4, 6, 2), torch.randn(4, 1))
config = {"epochs": 3, "callbacks": ["val_metrics", "lr_decay", "print"]}
fit(Seq2One(), data, val, config["epochs"], config["callbacks"])
