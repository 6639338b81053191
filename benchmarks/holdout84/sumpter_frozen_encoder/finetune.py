# expect: clean
"""Sumpter: pack-train arrival delays.  A pretrained route encoder is pulled
from the model zoo by name and a new delay head is fitted on local routes."""
import torch

from sumpter.zoo import ZOO
from sumpter.heads import DelayRegressor


def routes(n=3):
    for _ in range(n):
        yield torch.randn(3, 7, 4), torch.rand(3, 1) * 10


def main():
    torch.manual_seed(6)
    encoder = ZOO["route-gru-small"].pretrained()
    encoder.requires_grad_(False)
    model = DelayRegressor(encoder, hidden=8)
    opt = torch.optim.Adam(model.head.parameters(), lr=1e-3)
    for x, y in routes():
        loss = torch.nn.functional.l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(round(loss.item(), 3))


if __name__ == "__main__":
    main()
