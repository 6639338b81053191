# expect: crash
import os
import tempfile

import torch

from tallyman import FleeceNet, finetune, load_whole, pretrain, save_whole


def main():
    torch.manual_seed(0)
    x, y = torch.randn(6, 5, 4), torch.randint(0, 4, (6,))
    model = FleeceNet()
    loss, acc = pretrain(model, x, y)
    fd, path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    try:
        save_whole(model, path)
        restored = load_whole(path)
    finally:
        os.remove(path)
    ft = finetune(restored, torch.randn(6, 5, 4), y)
    print(f"pretrain {loss:.4f} acc {acc:.2f} finetune {ft:.4f}")


if __name__ == "__main__":
    main()
