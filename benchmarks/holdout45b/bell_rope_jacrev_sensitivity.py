# expect: crash
"""Bell-tower rope wear: sensitivity of the predicted wear to each pull.

After training, the Jacobian of the wear prediction with respect to the pull
sequence is computed with ``torch.func.jacrev`` (the model is kept in train
mode on purpose, because someone read that eval mode breaks RNN gradients).
"""
import torch
import torch.nn as nn
from torch.func import functional_call, jacrev

torch.manual_seed(9)


class RopeWear(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, pulls):
        out, _ = self.lstm(pulls)
        return self.head(out[:, -1]).squeeze(-1)


def train(model, steps=4):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(steps):
        pulls = torch.randn(4, 8, 2)
        wear = pulls.abs().sum((1, 2)) * 0.1
        loss = nn.functional.mse_loss(model(pulls), wear)
        opt.zero_grad()
        loss.backward()
        opt.step()


def pull_sensitivity(model, pulls):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def wear_of(p):
        return functional_call(model, params, (p.unsqueeze(0),)).squeeze(0)

    jac = jacrev(wear_of)(pulls)  # TM002-here
    return jac.abs().sum(-1)


if __name__ == "__main__":
    model = RopeWear()
    model.train()
    train(model)
    sens = pull_sensitivity(model, torch.randn(8, 2))
    print("per-pull sensitivity", [round(v, 4) for v in sens.tolist()])
