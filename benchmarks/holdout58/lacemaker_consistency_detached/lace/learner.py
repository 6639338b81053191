import torch
import torch.nn.functional as F

from .modes import in_eval_mode


class ConsistencyLearner:
    def __init__(self, model, lam=1.0, noise=0.1, lr=1e-2):
        self.model = model
        self.lam = lam
        self.noise = noise
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    @in_eval_mode
    def predict(self, x):
        return self.model(x).softmax(-1)

    def step(self, x_lab, y_lab, x_unlab):
        self.model.train()
        sup = F.cross_entropy(self.model(x_lab), y_lab)
        target = self.predict(x_unlab).detach()
        noisy = self.model(x_unlab + self.noise * torch.randn_like(x_unlab)).log_softmax(-1)
        cons = F.kl_div(noisy, target, reduction="batchmean")
        loss = sup + self.lam * cons
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return {"sup": sup.item(), "cons": cons.item()}
