import torch
import torch.nn.functional as F


def make_windows(n, seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, 10, 3, generator=g)
    return x, x.abs().mean((1, 2))


class Engine:
    def __init__(self, factory, keeper, cfg):
        self.factory = factory
        self.keeper = keeper
        self.cfg = cfg

    def _train(self, model, seeds, lr):
        opt = torch.optim.Adam(model.parameters(), lr=lr)
        for s in seeds:
            x, y = make_windows(4, s)
            opt.zero_grad()
            loss = F.smooth_l1_loss(model(x), y)
            loss.backward()  # TM001-here
            opt.step()

    @torch.no_grad()
    def _validate(self, model):
        model.eval()
        x, y = make_windows(6, 999)
        return F.smooth_l1_loss(model(x), y).item()

    def fit(self):
        model = self.factory()
        for epoch in range(self.cfg["epochs"]):
            model.train()
            self._train(model, range(epoch * 3, epoch * 3 + 3), self.cfg["lr"])
            self.keeper.update(model, self._validate(model))
        return model

    def finetune_on_farm(self, farm_seed):
        model = self.keeper.restore(self.factory)
        self._train(model, [farm_seed, farm_seed + 1], self.cfg["lr"] / 10)
        return self._validate(model)
