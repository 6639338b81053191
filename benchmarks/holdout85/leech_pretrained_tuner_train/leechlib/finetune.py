import torch


class FineTuner:
    def __init__(self, model, lr=5e-3, freeze_reg=False):
        self.model = model
        self.model.train().requires_grad_(True)
        if freeze_reg:
            self.model.reg.requires_grad_(False)
        params = [p for p in model.parameters() if p.requires_grad]
        self.opt = torch.optim.Adam(params, lr=lr)

    def step(self, x, y):
        self.opt.zero_grad()
        loss = torch.nn.functional.mse_loss(self.model(x), y)
        loss.backward()
        self.opt.step()
        return loss.item()
