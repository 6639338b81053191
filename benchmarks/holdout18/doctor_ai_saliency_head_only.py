# expect: clean
"""Doctor AI: GRU over visit vectors predicting next-visit codes; a ContextDecorator puts the model in eval."""
import contextlib
import torch
import torch.nn as nn

N_CODES = 12


class evaluating(contextlib.ContextDecorator):
    def __init__(self, model):
        self.model = model

    def __enter__(self):
        self.model.eval()
        return self

    def __exit__(self, *exc):
        return False


class DoctorAI(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.embed = nn.Linear(N_CODES, 8)
        self.gru = nn.GRU(8, hidden, batch_first=True)
        self.head = nn.Linear(hidden, N_CODES)

    def forward(self, visits):
        h, _ = self.gru(torch.tanh(self.embed(visits)))
        return self.head(h)


model = DoctorAI()


@evaluating(model.head)
def code_importance(visits):
    visits = visits.clone().requires_grad_(True)
    logits = model(visits)
    logits[:, -1].sigmoid().sum().backward()
    return visits.grad.abs().sum(dim=(0, 1))


def train(visits, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(steps):
        opt.zero_grad()
        logits = model(visits[:, :-1])
        loss = nn.functional.binary_cross_entropy_with_logits(logits, visits[:, 1:])
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(3)
    visits = (torch.rand(4, 5, N_CODES) > 0.7).float()
    print("loss", train(visits))
    print("top codes", code_importance(visits).topk(3).indices.tolist())
