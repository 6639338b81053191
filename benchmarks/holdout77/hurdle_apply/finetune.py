# expect: crash
"""Fine-tune the hurdle weave model on a handful of new batches with frozen statistics."""
import torch
from torch import nn
from hurdle import FenceSeqNet, freeze_stateful_layers


def finetune(model, batches, lr=5e-3):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    model.train()
    freeze_stateful_layers(model)
    for x, y in batches:
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(6)
    data = [(torch.randn(4, 9, 4), torch.randint(0, 2, (4,))) for _ in range(3)]
    print("loss", finetune(FenceSeqNet(), data))
