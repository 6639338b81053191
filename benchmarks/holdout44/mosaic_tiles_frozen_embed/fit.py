# expect: clean
"""Roman mosaic tile restoration: classify missing tesserae colours from a row of neighbours.

A pretrained row encoder is kept frozen; the model's own train() keeps it in eval mode.
"""
import torch

from tiles.freeze import freeze_modules
from tiles.model import TesseraModel
from tiles.rows import tessera_rows

FROZEN = ["embed", "encoder"]


def main():
    torch.manual_seed(8)
    model = TesseraModel(n_colours=5, emb=6, hidden=10)
    freeze_modules(model, FROZEN)
    model.train()
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.SGD(params, lr=0.05)
    for epoch in range(2):
        for x, y in tessera_rows(3, batch=4, length=7, n_colours=5):
            loss = torch.nn.functional.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        print("epoch", epoch, "loss", round(loss.item(), 4), "trainable", sum(p.numel() for p in params))


if __name__ == "__main__":
    main()
