# expect: crash
"""Hand-plane chatter detector: pick the best epoch by validation, fine-tune a copy of it."""
import copy

import torch
from torch import nn
import torch.nn.functional as F


class Chatter(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


def val_loss(model, x, y):
    model.eval()
    with torch.no_grad():
        return F.cross_entropy(model(x), y).item()


def main():
    torch.manual_seed(8)
    model = Chatter()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = torch.randn(8, 5, 3), torch.randint(0, 2, (8,))
    xv, yv = torch.randn(4, 5, 3), torch.randint(0, 2, (4,))
    best, best_model = float("inf"), None
    for epoch in range(3):
        model.train()
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad(); loss.backward(); opt.step()
        v = val_loss(model, xv, yv)
        if v < best:
            best, best_model = v, copy.deepcopy(model)
    # fine-tune the best copy on the new workshop's data
    ft_opt = torch.optim.SGD(best_model.parameters(), lr=1e-3)
    xn, yn = torch.randn(4, 5, 3), torch.randint(0, 2, (4,))
    for _ in range(2):
        loss = F.cross_entropy(best_model(xn), yn)
        ft_opt.zero_grad()
        loss.backward()  # TM001-here
        ft_opt.step()
    print("done", best)


if __name__ == "__main__":
    main()
