import torch
import torch.nn.functional as F


class Engine:
    def __init__(self, model, cfg):
        self.model, self.cfg = model, cfg
        self.opt = torch.optim.SGD(model.parameters(), lr=cfg["lr"])

    def set_phase(self, phase):
        # fit puts the whole model back to train
        if phase == "fit":
            self.model.train()
        else:
            self.model.eval()

    def step(self, x, y):
        logits = self.model(x)
        loss = F.cross_entropy(logits, y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def run(self, batches):
        for phase in self.cfg["phases"]:
            self.set_phase(phase)
            for x, y in batches:
                if phase == "fit":
                    print("fit", self.step(x, y))
                else:
                    with torch.no_grad():
                        print("val", F.cross_entropy(self.model(x), y).item())
