# expect: crash
"""Pump-cycle forecaster (sumpman drilling crew) with an online learned step size:
one unrolled SGD step is differentiated w.r.t. log(lr) on a held-out batch."""
import torch
import torch.nn as nn
from torch.func import functional_call

torch.manual_seed(6)


class PumpLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


class UnrolledStep:
    def __init__(self, model, log_lr):
        self.model = model
        self.log_lr = log_lr

    def __call__(self, x_tr, y_tr, x_val, y_val):
        params = dict(self.model.named_parameters())
        tr_loss = ((functional_call(self.model, params, (x_tr,)) - y_tr) ** 2).mean()
        grads = torch.autograd.grad(tr_loss, list(params.values()), create_graph=True)
        lr = self.log_lr.exp()
        fast = {k: p - lr * g for (k, p), g in zip(params.items(), grads)}
        val_loss = ((functional_call(self.model, fast, (x_val,)) - y_val) ** 2).mean()
        return tr_loss, val_loss


def main():
    model = PumpLSTM().train()
    log_lr = torch.tensor(-3.0, requires_grad=True)
    meta_opt = torch.optim.Adam([log_lr], lr=0.05)
    step = UnrolledStep(model, log_lr)
    for it in range(3):
        x_tr, y_tr = torch.randn(4, 5, 3), torch.randn(4)
        x_val, y_val = torch.randn(4, 5, 3), torch.randn(4)
        tr_loss, val_loss = step(x_tr, y_tr, x_val, y_val)
        meta_opt.zero_grad()
        val_loss.backward()  # TM003-here
        meta_opt.step()
        with torch.no_grad():
            for p in model.parameters():
                if p.grad is not None:
                    p -= log_lr.exp() * p.grad
                    p.grad = None
        print(it, "lr", round(log_lr.exp().item(), 5), "val", round(val_loss.item(), 4))


if __name__ == "__main__":
    main()
