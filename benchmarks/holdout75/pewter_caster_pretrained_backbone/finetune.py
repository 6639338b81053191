# expect: clean
"""Pewter casting: fine-tune a pretrained porosity model on a new mould; the whole backbone is frozen."""
import torch
from torch import nn

from zoo import *  # noqa: F401,F403  (MODELS, build_pretrained)


def main():
    torch.manual_seed(5)
    source = MODELS["mould-gru"](features=3, hidden=8)
    model = build_pretrained("mould-gru", source.state_dict(), features=3, hidden=8)
    for p in model.backbone.parameters():
        p.requires_grad_(False)
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-2)
    x, y = torch.randn(5, 9, 3), torch.rand(5, 1)
    for step in range(3):
        opt.zero_grad()
        loss = nn.functional.binary_cross_entropy_with_logits(model(x), y)
        loss.backward()
        opt.step()
    print("porosity loss", round(loss.item(), 4))


if __name__ == "__main__":
    main()
