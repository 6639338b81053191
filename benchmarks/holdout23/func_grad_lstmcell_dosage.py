# expect: clean
"""Medication-dosage RL with an LSTMCell policy unrolled by hand; per-episode gradients via torch.func.grad."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad


class CellPolicy(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.LSTMCell(4, 8)
        self.head = nn.Linear(8, 3)

    def forward(self, obs):
        h = obs.new_zeros(obs.shape[0], 8)
        c = obs.new_zeros(obs.shape[0], 8)
        outs = []
        for t in range(obs.shape[1]):
            h, c = self.cell(obs[:, t], (h, c))
            outs.append(torch.log_softmax(self.head(h), -1))
        return torch.stack(outs, 1)


def pg_loss(params, model, obs, act, ret):
    logp = functional_call(model, params, (obs,))
    return -(logp.gather(-1, act[..., None]).squeeze(-1) * ret).sum(1).mean()


def main():
    torch.manual_seed(20)
    policy = CellPolicy()
    params = {k: v.detach() for k, v in policy.named_parameters()}
    obs, act, ret = torch.randn(2, 5, 4), torch.randint(0, 3, (2, 5)), torch.randn(2, 5)
    g = grad(pg_loss)(params, policy, obs, act, ret)
    print(sorted((k, round(float(v.norm()), 4)) for k, v in g.items()))


if __name__ == "__main__":
    main()
