# expect: clean
"""A Keras-like wrapper keeps the layers it is given in an nn.ModuleList; its train_step calls train(), which
recurses into the layers, so the GRU trains in train mode after each evaluate()."""
import torch
from torch import nn


class Stack(nn.Module):
    def __init__(self, *layers):
        super().__init__()
        self.layers = nn.ModuleList(layers)
        self.opt = None

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
            x = x[0] if isinstance(x, tuple) else x
        return x[:, -1]

    def train_step(self, x, y):
        self.train()
        loss = nn.functional.mse_loss(self(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def evaluate(self, x, y):
        self.layers.eval()
        with torch.no_grad():
            return nn.functional.mse_loss(self(x), y).item()

    def fit(self, x, y, epochs):
        self.opt = torch.optim.Adam(self.parameters(), lr=1e-2)
        for _ in range(epochs):
            print(self.train_step(x, y), self.evaluate(x, y))


if __name__ == "__main__":
    torch.manual_seed(0)
    model = Stack(nn.Linear(2, 6), nn.GRU(6, 6, batch_first=True), nn.Linear(6, 1))
    model.fit(torch.randn(8, 5, 2), torch.randn(8, 1), epochs=2)
