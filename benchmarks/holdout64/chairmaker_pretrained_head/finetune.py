# expect: clean
import os
import tempfile

import torch
from torch import nn

from chairmaker import MODELS


def pretrain_checkpoint(name):
    model = MODELS[name]()
    fd, path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    torch.save(model.state_dict(), path)
    return path


def finetune(model, batches, lr=1e-2):
    opt = torch.optim.Adam(model.head.parameters(), lr=lr)
    crit = nn.CrossEntropyLoss()
    for x, y in batches:
        with torch.no_grad():
            feats = model.encode(x)
        logits = model.head(feats)
        loss = crit(logits, y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(4)
    path = pretrain_checkpoint("joint-lstm")
    try:
        model = MODELS["joint-lstm"].from_pretrained(path)
    finally:
        os.remove(path)
    batches = [(torch.randn(5, 6, 3), torch.randint(0, 4, (5,))) for _ in range(3)]
    print("final loss", round(finetune(model, batches), 4))


if __name__ == "__main__":
    main()
