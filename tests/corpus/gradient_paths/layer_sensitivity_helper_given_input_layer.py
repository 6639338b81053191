# expect: crash
"""Beehive-weight anomaly scoring: after training, a sensitivity helper is given the model and one of its layers
and asks autograd for the gradient of the score with respect to that layer's weight only. Called for the input
scaling layer, which feeds the LSTM, the gradient runs back through the LSTM in eval mode."""
import torch
from torch import nn


class HiveNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.scale = nn.Linear(3, 3)
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        states, _ = self.lstm(self.scale(x))
        return self.head(states[:, -1])


def layer_sensitivity(model, x, layer):
    score = model(x).logsumexp(-1).sum()
    (grad,) = torch.autograd.grad(score, [layer.weight])  # TM001-here
    return grad.abs().mean().item()


if __name__ == "__main__":
    torch.manual_seed(1)
    model = HiveNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(2):
        loss = nn.functional.cross_entropy(model(torch.randn(4, 6, 3)), torch.randint(0, 2, (4,)))
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    print("input sensitivity", layer_sensitivity(model, torch.randn(2, 6, 3), model.scale))
