import torch
import torch.nn.functional as F

from strokenet import StrokeNet, pen_batches


def load_checkpoint(path):
    saved = torch.load(path, weights_only=False)
    # rebuild from the saved config so code changes to StrokeNet are picked up
    model = StrokeNet(**saved.config)
    model.load_state_dict(saved.state_dict())
    return model


def finetune_stage(checkpoint, calligrapher_seed=7, **_):
    model = load_checkpoint(checkpoint)
    opt = torch.optim.SGD(model.parameters(), lr=1e-2, momentum=0.9)
    losses = []
    for x, y in pen_batches(3, calligrapher_seed):
        opt.zero_grad()
        loss = F.cross_entropy(model(x), y)
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return {"finetune_loss": sum(losses) / len(losses)}
