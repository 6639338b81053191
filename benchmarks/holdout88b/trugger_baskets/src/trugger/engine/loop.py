import torch
import torch.nn.functional as F

from .adapt import ttt_step


def _batch(n_in, n_classes, b=4, t=7):
    return torch.randn(b, t, n_in), torch.randint(0, n_classes, (b,))


class Engine:
    def __init__(self, model, config):
        self.model = model
        self.cfg = config
        self.opt = torch.optim.Adam(model.parameters(), lr=config["optim"]["lr"])
        self.n_in = config["model"]["n_in"]
        self.n_classes = config["model"]["n_classes"]

    def run_phase(self, name):
        return getattr(self, "phase_" + name)(**self.cfg[name])

    def phase_fit(self, epochs, batches):
        self.model.train()
        last = None
        for _ in range(epochs):
            for _ in range(batches):
                x, y = _batch(self.n_in, self.n_classes)
                self.opt.zero_grad()
                loss = F.cross_entropy(self.model(x), y) + self.model.self_supervised_loss(x)
                loss.backward()
                self.opt.step()
                last = loss.item()
        return round(last, 4)

    def phase_predict_ttt(self, batches, adapt_lr):
        self.model.eval()
        correct = 0
        for _ in range(batches):
            x, y = _batch(self.n_in, self.n_classes)
            ttt_step(self.model, x, adapt_lr)
            with torch.no_grad():
                correct += (self.model(x).argmax(-1) == y).sum().item()
        return correct
