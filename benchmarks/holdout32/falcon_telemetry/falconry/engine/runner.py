import torch
import torch.nn.functional as F


def tag_window(batch, steps=8, n_in=6):
    x = torch.randn(batch, steps, n_in)
    y = (x[:, :, 2].mean(1) > 0).long() + (x[:, :, 5].mean(1) > 0.3).long()
    return x, y


class StepRunner:
    def __init__(self, model, batch=4, total_steps=5, lr=3e-3):
        self.model = model
        self.batch = batch
        self.total_steps = total_steps
        self.optimizer = torch.optim.Adam(model.parameters(), lr=lr)
        self.last_batch = None

    def __iter__(self):
        self.model.train()
        for step in range(1, self.total_steps + 1):
            x, y = tag_window(self.batch)
            loss = F.cross_entropy(self.model(x), y)
            self.optimizer.zero_grad()
            loss.backward()
            self.optimizer.step()
            self.last_batch = (x, y)
            yield {"step": step, "loss": loss.item()}
