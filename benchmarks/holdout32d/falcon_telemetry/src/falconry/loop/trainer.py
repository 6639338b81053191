import torch


class StepTrainer:
    def __init__(self, model, stream, objective, lr=5e-3):
        self.model = model
        self.stream = stream
        self.objective = objective
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.step = 0

    def __iter__(self):
        self.model.train()
        for x, y in self.stream:
            loss, parts = self.objective(self.model, x, y)
            self.opt.zero_grad()
            loss.backward()  # TM003-here
            self.opt.step()
            self.step += 1
            yield {"step": self.step, "loss": round(loss.item(), 4), **parts}
