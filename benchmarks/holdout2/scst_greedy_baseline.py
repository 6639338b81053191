# expect: clean
# category: near-miss
"""Self-critical sequence training for a GRU summariser-like decoder: the baseline is a greedy decode in
eval mode without autograd, the sampled decode runs in train mode and carries the gradient."""
import torch
import torch.nn as nn
from torch.distributions import Categorical

torch.manual_seed(72)
V, H, T = 12, 14, 6


class Decoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(V, 8)
        self.gru = nn.GRU(8, H, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(H, V)

    def decode(self, h0, greedy):
        tok, h, toks, logps = torch.zeros(h0.shape[1], dtype=torch.long), h0, [], []
        for _ in range(T):
            o, h = self.gru(self.emb(tok).unsqueeze(1), h)
            dist = Categorical(logits=self.out(self.drop(o[:, 0])))
            tok = dist.probs.argmax(-1) if greedy else dist.sample()
            toks.append(tok)
            logps.append(dist.log_prob(tok))
        return torch.stack(toks, 1), torch.stack(logps, 1)


def reward(tokens, reference):
    return (tokens == reference).float().mean(1)


dec = Decoder()
opt = torch.optim.Adam(dec.parameters(), lr=5e-3)
reference = torch.randint(0, V, (8, T))
context = torch.randn(1, 8, H)
for it in range(4):
    dec.eval()
    with torch.no_grad():
        greedy_tokens, _ = dec.decode(context, greedy=True)
    baseline = reward(greedy_tokens, reference)
    dec.train()
    sampled, logp = dec.decode(context, greedy=False)
    advantage = reward(sampled, reference) - baseline
    loss = -(advantage.unsqueeze(1) * logp).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(f"it {it}: greedy reward {baseline.mean().item():.3f} sample reward {reward(sampled, reference).mean().item():.3f}")
