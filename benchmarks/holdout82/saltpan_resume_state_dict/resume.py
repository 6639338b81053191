# expect: clean
import os
import tempfile

import torch

from saltpan.stages import finetune, load_for_finetune, pretrain


def batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 5, 3, generator=g), torch.randn(4, generator=g)) for _ in range(n)]


if __name__ == "__main__":
    fd, path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    try:
        print("pretrain val", pretrain(path, batches(3, 0)))
        model = load_for_finetune(path)
        print("finetune", finetune(model, batches(2, 1)))
    finally:
        os.remove(path)
