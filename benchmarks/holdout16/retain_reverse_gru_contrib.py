# expect: crash
"""RETAIN-style EHR model with two reverse-time GRUs (visit-level alpha, variable-
level beta). Contributions are explained with input gradients after scoring."""
import torch
import torch.nn as nn


class RETAIN(nn.Module):
    def __init__(self, n_codes=12, emb=8, hid=8):
        super().__init__()
        self.embed = nn.Linear(n_codes, emb, bias=False)
        self.rnn_a = nn.GRU(emb, hid, batch_first=True)
        self.rnn_b = nn.GRU(emb, hid, batch_first=True)
        self.w_a = nn.Linear(hid, 1)
        self.w_b = nn.Linear(hid, emb)
        self.out = nn.Linear(emb, 1)

    def forward(self, visits):
        v = self.embed(visits)
        rev = torch.flip(v, dims=[1])
        alpha = torch.softmax(self.w_a(self.rnn_a(rev)[0]), dim=1)
        beta = torch.tanh(self.w_b(self.rnn_b(rev)[0]))
        c = (alpha * beta * rev).sum(1)
        return torch.sigmoid(self.out(c)).squeeze(-1)


def score(model, visits):
    model.eval()
    return model(visits)


def explain(model, visits):
    visits = visits.clone().requires_grad_(True)
    risk = score(model, visits)
    grads, = torch.autograd.grad(risk.sum(), visits)  # TM001-here
    return (grads * visits).detach()


torch.manual_seed(0)
model = RETAIN()
visits = (torch.rand(3, 5, 12) > 0.7).float()
contrib = explain(model, visits)
print("top code per patient", contrib.sum(1).argmax(-1).tolist())
