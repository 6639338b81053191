# expect: clean
"""Rivet heaters: forecast rivet temperature along the forge line.

Predictions for the dashboard run between epochs; the training loop puts the recurrent layers back by hand.
"""
import torch

from rivets import ForgeModel, predict, reactivate_recurrent


def main():
    torch.manual_seed(3)
    model = ForgeModel(hidden=6)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for epoch in range(3):
        print("dashboard", predict(model, torch.randn(2, 4, 2)))
        reactivate_recurrent(model)
        x = torch.randn(6, 4, 2)
        y = x.sum(-1).cumsum(-1)[:, -1]
        loss = (model(x) - y).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(epoch, round(loss.item(), 3))


if __name__ == "__main__":
    main()
