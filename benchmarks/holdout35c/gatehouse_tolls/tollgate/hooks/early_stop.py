import torch
import torch.nn.functional as F


class GradNormStopper:
    def __init__(self, valid, patience=2, tol=1e-3):
        self.valid = valid
        self.patience = patience
        self.tol = tol
        self.norms = []
        self.bad = 0

    def grad_norm(self, model):
        x, y = self.valid
        model.eval()
        params = [p for p in model.parameters() if p.requires_grad]
        with torch.backends.cudnn.flags(enabled=False):
            loss = F.mse_loss(model(x), y)
            grads = torch.autograd.grad(loss, params)
        return torch.sqrt(sum(g.pow(2).sum() for g in grads)).item()

    def __call__(self, runner):
        norm = self.grad_norm(runner.model)
        if self.norms and abs(self.norms[-1] - norm) < self.tol:
            self.bad += 1
        else:
            self.bad = 0
        self.norms.append(norm)
        if self.bad >= self.patience:
            runner.state["stop"] = True
