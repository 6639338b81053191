# expect: crash
import torch
from torch import nn

from ckpt import export_for_serving
from ckpt.io import scratch_dir
from finetune import finetune_from_export
from nets import build_chisel_model


def pretrain(model, n=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(n):
        opt.zero_grad()
        nn.functional.mse_loss(model(torch.randn(4, 5, 4)), torch.randn(4)).backward()
        opt.step()


if __name__ == "__main__":
    torch.manual_seed(10)
    model = build_chisel_model()
    pretrain(model)
    with scratch_dir() as d:
        path = export_for_serving(model, d)
        new_stone = [(torch.randn(3, 5, 4), torch.randn(3)) for _ in range(2)]
        tuned, last = finetune_from_export(path, new_stone)
    print("fine-tuned on new stone, last loss", round(last, 4))
