import torch
import torch.nn.functional as F


class Loop:
    def __init__(self, model, callbacks):
        self.model = model
        self.cb = callbacks
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-2)

    def run(self, x, y, steps):
        self.model.train()
        for step in range(steps):
            loss = F.binary_cross_entropy_with_logits(self.model(x), y)
            self.cb.on_forward_end(self, loss)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            self.cb.on_step_end(self, step)
