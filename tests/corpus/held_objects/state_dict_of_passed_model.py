# expect: crash
"""A run keeps its model in a plain dict it builds around the model it was given (`state = {"model": model}`) and
hands that dict to phase functions. The evaluation phase puts the model in eval mode through the dict; the
fine-tuning phase that follows trains it through the dict without calling train()."""
import torch
from torch import nn
from torch.nn import functional as F


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1]).squeeze(-1)


def evaluate(state):
    model = state["model"]
    model.eval()
    with torch.no_grad():
        state["score"] = F.mse_loss(model(torch.randn(4, 5, 2)), torch.randn(4)).item()


def finetune(state):
    model = state["model"]
    optimizer = torch.optim.SGD(model.parameters(), lr=1e-2)
    loss = F.mse_loss(model(torch.randn(4, 5, 2)), torch.randn(4))
    optimizer.zero_grad()
    loss.backward()  # TM001-here
    optimizer.step()


def run(model):
    state = {"model": model, "score": None}
    evaluate(state)
    finetune(state)
    return state


if __name__ == "__main__":
    torch.manual_seed(0)
    run(Forecaster())
