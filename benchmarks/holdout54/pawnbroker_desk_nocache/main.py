# expect: clean
"""Pawnbroker pricing desk.

An "appraiser" pricer gives a frozen reference price for an item's sale history;
a "haggler" pricer of the same architecture is fine-tuned to offer a discount
on top of it.  Both come from the model registry.
"""
import torch

from pawnshop.desk import Desk, DeskConfig


def main():
    torch.manual_seed(3)
    desk = Desk(DeskConfig(hidden=8, features=5, lr=1e-2))
    histories = torch.randn(12, 6, 5)
    offers = torch.rand(12)
    for epoch in range(2):
        loss = desk.haggle_epoch(histories, offers, batch=4)
        print(f"epoch {epoch} haggle loss {loss:.4f}")
    print("appraised", desk.appraise(histories[:2]).tolist())


if __name__ == "__main__":
    main()
