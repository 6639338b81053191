from torch.nn import functional as F

from ..core import stage


def _step(model, opt, x, y):
    loss = F.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


@stage("pretrain")
class Pretrain:
    def __init__(self, steps=2):
        self.steps = steps

    def __call__(self, pipe):
        losses = []
        for model, opt in zip(pipe.models, pipe.opts):
            model.train()
            for s in range(self.steps):
                losses.append(_step(model, opt, *pipe.data(seed=s)))
        return round(sum(losses) / len(losses), 4)


@stage("finetune")
class Finetune:
    """Adapt each member to the spring-tide regime."""

    def __init__(self, steps=1):
        self.steps = steps

    def __call__(self, pipe):
        losses = []
        for model, opt in zip(pipe.models, pipe.opts):
            for s in range(self.steps):
                x, y = pipe.data(seed=100 + s)
                losses.append(_step(model, opt, x * 1.3, y * 1.3))
        return round(sum(losses) / len(losses), 4)
