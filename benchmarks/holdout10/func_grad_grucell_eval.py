# expect: clean
"""torch.func.grad of a loss w.r.t. parameters (functional_call) for an eval-mode policy
whose recurrence is an nn.GRUCell unrolled by hand (as in pymarl's RNNAgent). Cell
modules never use the cuDNN RNN kernel, so neither eval mode nor the functorch
transform is a problem.
"""
import torch
from torch import nn
from torch.func import functional_call, grad


class CellPolicy(nn.Module):
    def __init__(self, obs=5, hidden=8, actions=3):
        super().__init__()
        self.fc_in = nn.Linear(obs, hidden)
        self.cell = nn.GRUCell(hidden, hidden)
        self.pi = nn.Linear(hidden, actions)

    def forward(self, obs_seq):
        h = obs_seq.new_zeros(obs_seq.size(0), self.cell.hidden_size)
        logits = []
        for t in range(obs_seq.size(1)):
            h = self.cell(torch.relu(self.fc_in(obs_seq[:, t])), h)
            logits.append(self.pi(h))
        return torch.stack(logits, 1)


def reinforce_loss(params, policy, obs, actions, returns):
    logp = functional_call(policy, params, (obs,)).log_softmax(-1)
    chosen = logp.gather(-1, actions.unsqueeze(-1)).squeeze(-1)
    return -(chosen * returns).mean()


if __name__ == "__main__":
    torch.manual_seed(42)
    policy = CellPolicy().eval()
    params = {k: v.detach() for k, v in policy.named_parameters()}
    obs, actions, returns = torch.randn(4, 6, 5), torch.randint(0, 3, (4, 6)), torch.randn(4, 6)
    g = grad(reinforce_loss)(params, policy, obs, actions, returns)
    with torch.no_grad():
        for k, p in policy.named_parameters():
            p -= 0.01 * g[k]
    print({k: round(v.norm().item(), 4) for k, v in g.items()})
