from torch.nn import functional as F


class Stepper:
    def __init__(self, model, optimizer, batches, evaluator, every, epochs):
        self.model = model
        self.optimizer = optimizer
        self.batches = batches
        self.evaluator = evaluator
        self.every = every
        self.epochs = epochs
        self.step = 0

    def _one(self, x, y):
        loss = F.l1_loss(self.model(x), y)
        self.optimizer.zero_grad(set_to_none=True)
        loss.backward()
        self.optimizer.step()
        return loss.item()

    def run(self):
        self.model.train()
        val = []
        for _ in range(self.epochs):
            for x, y in self.batches:
                self._one(x, y)
                self.step += 1
                if self.step % self.every == 0:
                    val.append(self.evaluator(self.model))
        return {"steps": self.step, "val": val}
