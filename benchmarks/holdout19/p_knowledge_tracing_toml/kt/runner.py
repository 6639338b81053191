import torch


class Runner:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])

    def evaluate(self, skills, correct):
        self.model.eval()
        with torch.no_grad():
            _, bce = self.model.losses(skills, correct)
        return bce.item()

    def train(self, skills, correct):
        self.model.train
        bs = self.cfg["batch_size"]
        for epoch in range(self.cfg["epochs"]):
            for i in range(0, len(skills), bs):
                loss, _ = self.model.losses(skills[i:i + bs], correct[i:i + bs])
                self.opt.zero_grad()
                loss.backward()  # TM001-here
                self.opt.step()
            print(f"epoch {epoch} loss {loss.item():.4f}")
