import torch
import torch.nn.functional as F

from strokenet import pen_batches


def load_checkpoint(path):
    return torch.load(path, weights_only=False)


def finetune_stage(checkpoint, calligrapher_seed=7, **_):
    model = load_checkpoint(checkpoint)
    opt = torch.optim.SGD(model.parameters(), lr=1e-2, momentum=0.9)
    losses = []
    for x, y in pen_batches(3, calligrapher_seed):
        opt.zero_grad()
        loss = F.cross_entropy(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
        losses.append(loss.item())
    return {"finetune_loss": sum(losses) / len(losses)}
