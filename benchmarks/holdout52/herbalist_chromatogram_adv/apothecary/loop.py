import torch
import torch.nn.functional as F

from .attacks import PGDAttacker


class Workbench:
    def __init__(self, model, settings):
        self.model = model
        self.attacker = PGDAttacker(model, **settings["attack"])
        self.opt = torch.optim.Adam(model.parameters(), lr=settings["optim"]["lr"])
        self.epochs = settings["optim"]["epochs"]

    def evaluate(self, x, y):
        self.model.eval()
        with torch.no_grad():
            return (self.model(x).argmax(-1) == y).float().mean().item()

    def run(self, x, y, batch):
        history = []
        for epoch in range(self.epochs):
            total = 0.0
            for i in range(0, len(x), batch):
                xb, yb = x[i:i + batch], y[i:i + batch]
                x_adv = self.attacker.perturb(xb, yb)
                loss = F.cross_entropy(self.model(x_adv), yb)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
                total += loss.item()
            history.append({"epoch": epoch, "loss": total, "clean_acc": self.evaluate(x, y)})
        return history
