# expect: crash
"""Sugar-cane harvest yield from weekly rainfall / sun-hours / soil moisture,
hardened with FGSM examples.  Each training phase is a callable step object;
the attack step crafts perturbations from the current model.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(10)


class YieldLSTM(nn.Module):
    def __init__(self, n_in=3, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, proj_size=4)
        self.out = nn.Linear(4, 1)

    def forward(self, weeks):
        out, _ = self.lstm(weeks)
        return self.out(out[:, -1]).squeeze(-1)


class CleanStep:
    def __init__(self, model, opt):
        self.model, self.opt = model, opt

    def __call__(self, x, y):
        self.model.train()
        loss = F.mse_loss(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()


class FGSMStep:
    """Perturb the weather series in the direction that hurts the fit most."""

    def __init__(self, model, eps=0.05):
        self.model, self.eps = model, eps

    def __call__(self, x, y):
        self.model.eval()  # deterministic attack
        x_adv = x.clone().requires_grad_(True)
        loss = F.mse_loss(self.model(x_adv), y)
        loss.backward()  # TM001-here
        return (x + self.eps * x_adv.grad.sign()).detach()


def main():
    model = YieldLSTM()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    clean_step, attack = CleanStep(model, opt), FGSMStep(model)
    for epoch in range(2):
        x = torch.randn(8, 12, 3)
        y = x[:, :, 0].sum(1) * 0.1
        l1 = clean_step(x, y)
        x_adv = attack(x, y)
        l2 = clean_step(x_adv, y)
        print(epoch, round(l1, 4), round(l2, 4))


if __name__ == "__main__":
    main()
