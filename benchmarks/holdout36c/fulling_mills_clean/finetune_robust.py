# expect: clean
"""Pretrain on clean traces, checkpoint, then harden the checkpoint against sensor noise."""
import os
import tempfile

import torch

from fullmill import StockNet, adversarial_finetune, load_for_inference, pretrain, restore, save_checkpoint


def traces(n_batches, seed, batch=4, steps=9):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n_batches):
        vib = torch.randn(batch, steps, 3, generator=g)
        out.append((vib, vib[:, :, 0].abs().mean(1)))
    return out


def main():
    torch.manual_seed(0)
    ckpt_dir = tempfile.mkdtemp(prefix="fullmill_")
    path = os.path.join(ckpt_dir, "stock.pt")
    try:
        save_checkpoint(pretrain(StockNet(), traces(3, 0)), path)

        model = restore(path)
        losses = adversarial_finetune(model, traces(3, 1))
        print("robust fine-tune losses:", [round(v, 4) for v in losses])
        save_checkpoint(model, path)

        scorer = load_for_inference(path)
        with torch.no_grad():
            vib, target = traces(1, 2)[0]
            print("held-out mse:", torch.mean((scorer(vib) - target) ** 2).item())
    finally:
        if os.path.exists(path):
            os.remove(path)
        os.rmdir(ckpt_dir)


if __name__ == "__main__":
    main()
