# expect: crash
"""Natural-gradient style update for a recurrent policy: torch.func.vjp of the log-probs w.r.t. the parameters
(through functional_call), used to build a Fisher-vector product. Policy in train mode; dict of helpers."""
import torch
import torch.nn as nn
from torch.func import functional_call, vjp


class RecurrentPolicy(nn.Module):
    def __init__(self):
        super().__init__()
        self.core = nn.LSTM(4, 8)
        self.logits = nn.Linear(8, 3)

    def forward(self, obs):
        h, _ = self.core(obs)  # TM002-here
        return torch.log_softmax(self.logits(h), -1)


agent = {"policy": RecurrentPolicy()}
agent["policy"].train()
obs, acts = torch.randn(5, 2, 4), torch.randint(0, 3, (5, 2))
params = {k: v.detach() for k, v in agent["policy"].named_parameters()}

helpers = {
    "logp": lambda p: functional_call(agent["policy"], p, (obs,)).gather(-1, acts.unsqueeze(-1)).squeeze(-1),
}
logp, pullback = vjp(helpers["logp"], params)  # transform call (outer frame of the TM002 crash)
(g,) = pullback(torch.ones_like(logp) / logp.numel())
print({k: v.norm().item() for k, v in g.items()})
