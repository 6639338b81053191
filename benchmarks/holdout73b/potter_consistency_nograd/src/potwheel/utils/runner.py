import torch


class Runner:
    def __init__(self, max_steps=4):
        self.max_steps = max_steps

    def batches(self):
        for _ in range(self.max_steps):
            x = torch.randn(4, 7, 4)
            yield x, torch.randint(0, 3, (4,))

    def fit(self, lit):
        opt = lit.configure_optimizers()
        lit.model.train()
        losses = []
        for batch in self.batches():
            loss = lit.training_step(batch)
            opt.zero_grad()
            loss.backward()
            opt.step()
            losses.append(loss.item())
        return losses
