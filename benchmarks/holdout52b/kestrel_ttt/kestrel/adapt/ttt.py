import torch
import torch.nn.functional as F

from ..utils import EvalMode


def pretrain(model, batches, lr=1e-2):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    model.train()
    for x, y in batches:
        loss = F.cross_entropy(model(x), y) + model.aux_loss(x)
        opt.zero_grad()
        loss.backward()
        opt.step()


class TestTimeAdapter:
    def __init__(self, model, lr, steps):
        self.model = model
        self.steps = steps
        self.opt = torch.optim.SGD(model.encoder.parameters(), lr=lr)

    @torch.no_grad()
    def predict(self, x):
        with EvalMode(self.model) as m:
            return m(x).argmax(-1)

    def adapt(self, x):
        for _ in range(self.steps):
            loss = self.model.aux_loss(x)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()

    def process(self, x):
        before = self.predict(x)
        self.adapt(x)
        after = self.predict(x)
        return before, after
