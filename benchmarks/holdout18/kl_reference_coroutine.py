# expect: clean
"""Policy fine-tuning with a KL penalty to a frozen reference copy. The trainer is a generator coroutine that
receives batches through .send() and yields losses. Only the deep-copied reference is put in eval."""
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F


class Policy(nn.Module):
    def __init__(self, V=12, h=8):
        super().__init__()
        self.emb = nn.Embedding(V, h)
        self.gru = nn.GRU(h, h, batch_first=True)
        self.head = nn.Linear(h, V)

    def forward(self, t):
        return self.head(self.gru(self.emb(t))[0])


def trainer(policy, beta=0.1):
    reference = copy.deepcopy(policy).eval()
    reference.requires_grad_(False)
    opt = torch.optim.Adam(policy.parameters(), lr=1e-3)
    loss = None
    while True:
        batch = yield loss
        if batch is None:
            return
        toks, reward = batch
        logp = F.log_softmax(policy(toks[:, :-1]), -1)
        with torch.no_grad():
            ref_logp = F.log_softmax(reference(toks[:, :-1]), -1)
        chosen = logp.gather(-1, toks[:, 1:, None]).squeeze(-1).sum(-1)
        kl = (logp.exp() * (logp - ref_logp)).sum(-1).mean()
        loss_t = -(reward * chosen).mean() + beta * kl
        opt.zero_grad()
        loss_t.backward()
        opt.step()
        loss = loss_t.item()


torch.manual_seed(90)
policy = Policy()
co = trainer(policy)
next(co)
for step in range(3):
    print("loss", co.send((torch.randint(0, 12, (4, 6)), torch.randn(4))))
co.close()
