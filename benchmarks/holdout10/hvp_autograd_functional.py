# expect: crash
"""Curvature probe for a seq2one LSTM: torch.autograd.functional.hvp of the training
loss w.r.t. a flat parameter vector (loss rebuilt with torch.func.functional_call, plain
autograd otherwise), used to pick a learning rate (1 / top eigenvalue). The model is
in train mode; hvp is a double backward through the cuDNN LSTM.
"""
import torch
from torch import nn
from torch.autograd.functional import hvp
from torch.func import functional_call


class SeqModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 5, batch_first=True)
        self.fc = nn.Linear(5, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


class CurvatureProbe:
    def __init__(self, model, data):
        self.model, (self.x, self.y) = model, data
        self.names = [n for n, _ in model.named_parameters()]
        self.shapes = [p.shape for p in model.parameters()]

    def unflatten(self, flat):
        out, i = {}, 0
        for n, s in zip(self.names, self.shapes):
            k = s.numel()
            out[n] = flat[i:i + k].view(s)
            i += k
        return out

    def loss_of(self, flat):
        pred = functional_call(self.model, self.unflatten(flat), (self.x,))
        return nn.functional.mse_loss(pred, self.y)

    def top_eigenvalue(self, iters=3):
        theta = torch.cat([p.detach().flatten() for p in self.model.parameters()])
        v = torch.randn_like(theta)
        v /= v.norm()
        lam = 0.0
        for _ in range(iters):
            _, hv = hvp(self.loss_of, theta, v)  # TM003-here
            lam = torch.dot(hv, v).item()
            v = hv / hv.norm()
        return lam


if __name__ == "__main__":
    torch.manual_seed(45)
    model = SeqModel().train()
    probe = CurvatureProbe(model, (torch.randn(8, 4, 2), torch.randn(8, 1)))
    lam = probe.top_eigenvalue()
    print("suggested lr", 1.0 / max(abs(lam), 1e-3))
