# expect: clean
"""REINVENT-style RL fine-tuning of a SMILES GRU agent. The prior is a frozen copy in eval mode (parameters
requires_grad=False) that only scores sampled token sequences; token ids carry no gradient, so nothing
backpropagates through the eval-mode prior. The agent stays in train mode."""
import copy
import torch
import torch.nn as nn

VOCAB, MAXLEN = 12, 10


class RNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(VOCAB, 16)
        self.gru = nn.GRU(16, 24, num_layers=2, batch_first=True)
        self.linear = nn.Linear(24, VOCAB)

    def forward(self, x, h=None):
        o, h = self.gru(self.embedding(x), h)
        return self.linear(o), h


class Model:
    def __init__(self, rnn=None):
        self.rnn = rnn or RNN()

    def likelihood(self, seqs):
        logits, _ = self.rnn(seqs[:, :-1])
        lp = torch.log_softmax(logits, -1).gather(-1, seqs[:, 1:, None]).squeeze(-1)
        return lp.sum(1)

    @torch.no_grad()
    def sample(self, n):
        x, h, out = torch.zeros(n, 1, dtype=torch.long), None, [torch.zeros(n, 1, dtype=torch.long)]
        for _ in range(MAXLEN):
            logits, h = self.rnn(x, h)
            x = torch.multinomial(torch.softmax(logits[:, -1], -1), 1)
            out.append(x)
        return torch.cat(out, 1)


def score(seqs):
    return (seqs == 3).float().mean(1)


prior = Model()
agent = Model(copy.deepcopy(prior.rnn))
prior.rnn.eval()
for p in prior.rnn.parameters():
    p.requires_grad_(False)
opt = torch.optim.Adam(agent.rnn.parameters(), 5e-4)
sigma = 60.0
for step in range(3):
    seqs = agent.sample(8)
    agent_ll = agent.likelihood(seqs)
    prior_ll = prior.likelihood(seqs)
    augmented = prior_ll + sigma * score(seqs)
    loss = (augmented - agent_ll).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, loss.item())
print("done")
