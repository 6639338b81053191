# expect: crash
"""Medication-dosage RL: per-patient policy-gradient estimates with torch.func.grad over an LSTM policy."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad


class DosePolicy(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.head = nn.Linear(8, 3)

    def forward(self, obs):
        h, _ = self.lstm(obs)
        return torch.log_softmax(self.head(h), -1)


def pg_loss(params, buffers, model, obs, act, ret):
    logp = functional_call(model, (params, buffers), (obs,))
    chosen = logp.gather(-1, act[..., None]).squeeze(-1)
    return -(chosen * ret).sum(1).mean()


def main():
    torch.manual_seed(17)
    policy = DosePolicy().train()
    params = {k: v.detach() for k, v in policy.named_parameters()}
    buffers = dict(policy.named_buffers())
    obs = torch.randn(2, 5, 4)
    act = torch.randint(0, 3, (2, 5))
    ret = torch.randn(2, 5)
    g = grad(pg_loss)(params, buffers, policy, obs, act, ret)  # TM002-here
    with torch.no_grad():
        for k, p in policy.named_parameters():
            p -= 1e-2 * g[k]
    print({k: round(float(v.norm()), 4) for k, v in g.items()})


if __name__ == "__main__":
    main()
