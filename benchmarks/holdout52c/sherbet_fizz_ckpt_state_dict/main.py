# expect: clean
import os
import tempfile

import torch

from fizz import FizzNet, evaluate, finetune, load_checkpoint, pretrain, save_checkpoint


def batches(n):
    return [(torch.randn(4, 6, 3), torch.rand(4) * 10) for _ in range(n)]


def main():
    torch.manual_seed(9)
    workdir = tempfile.mkdtemp(prefix="sherbet_")
    path = os.path.join(workdir, "factory_a.pt")
    try:
        model = pretrain(FizzNet(), batches(3))
        print("factory A val mse", evaluate(model, batches(2)))
        save_checkpoint(model, path)
        del model
        restored = load_checkpoint(path)
        print("factory B finetune loss", finetune(restored, batches(2)))
    finally:
        if os.path.exists(path):
            os.remove(path)
        os.rmdir(workdir)


if __name__ == "__main__":
    main()
