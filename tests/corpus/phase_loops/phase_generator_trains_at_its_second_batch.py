# expect: crash
"""The same phase generator switching to train mode after the first training batch's yield (`if i == 1:`): the
second epoch's first training batch runs in the eval mode the validation phase left."""
import torch
from torch import nn


class Twist(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h).squeeze(-1)


def schedule(model, epochs, n_train, n_val):
    for epoch in range(epochs):
        for i in range(n_train):
            if i == 1:
                model.train()
            yield "train", (torch.randn(3, 5, 2), torch.randn(3, 5))
        model.eval()
        for _ in range(n_val):
            yield "val", (torch.randn(3, 5, 2), torch.randn(3, 5))


def main():
    model = Twist()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    for phase, (x, y) in schedule(model, epochs=2, n_train=2, n_val=1):
        if phase == "train":
            loss = nn.functional.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        else:
            with torch.no_grad():
                print(nn.functional.mse_loss(model(x), y).item())


if __name__ == "__main__":
    main()
