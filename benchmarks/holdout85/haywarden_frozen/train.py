# expect: crash
import torch
from torch import nn

from haywarden import build_tagger

CFG = {"vocab": 20, "hidden": 8, "freeze": ("encoder",), "epochs": 2, "lr": 0.05}


def main():
    torch.manual_seed(7)
    model = build_tagger(CFG)
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.SGD(params, lr=CFG["lr"])
    tokens = torch.randint(0, 20, (4, 10))
    tags = torch.randint(0, 3, (4, 10))
    for epoch in range(CFG["epochs"]):
        model.train()
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(tokens).reshape(-1, 3), tags.reshape(-1))
        loss.backward()  # TM001-here
        opt.step()
        print(f"epoch {epoch} loss {loss.item():.4f} trainable {len(params)}")


if __name__ == "__main__":
    main()
