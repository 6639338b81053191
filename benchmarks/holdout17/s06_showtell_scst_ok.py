# expect: clean
"""Show-and-Tell captioner with a self-critical (SCST) phase after cross-entropy warm-up."""
import torch
import torch.nn as nn

torch.manual_seed(2)
V, T = 12, 5


class ShowTell(nn.Module):
    def __init__(self, feat=10, hidden=8):
        super().__init__()
        self.img_embed = nn.Linear(feat, hidden)
        self.word_embed = nn.Embedding(V, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.logit = nn.Linear(hidden, V)

    def forward(self, feats, caps):
        x = torch.cat([self.img_embed(feats).unsqueeze(1), self.word_embed(caps[:, :-1])], 1)
        h, _ = self.lstm(x)
        return self.logit(h)

    def sample(self, feats, greedy=True):
        inp = self.img_embed(feats).unsqueeze(1)
        state, seq, logps = None, [], []
        for _ in range(T):
            h, state = self.lstm(inp, state)
            logp = self.logit(h[:, -1]).log_softmax(-1)
            w = logp.argmax(-1) if greedy else torch.multinomial(logp.exp(), 1).squeeze(1)
            seq.append(w)
            logps.append(logp.gather(1, w[:, None]).squeeze(1))
            inp = self.word_embed(w).unsqueeze(1)
        return torch.stack(seq, 1), torch.stack(logps, 1)


def cider_like(seq, ref):
    return (seq == ref).float().mean(1)


def main():
    model = ShowTell()
    opt = torch.optim.Adam(model.parameters(), 1e-3)
    feats, caps = torch.randn(4, 10), torch.randint(0, V, (4, T + 1))
    for _ in range(2):
        model.train()
        loss = nn.functional.cross_entropy(model(feats, caps).reshape(-1, V), caps.reshape(-1))
        opt.zero_grad(); loss.backward(); opt.step()
    # SCST: greedy baseline in eval, sampled captions for the policy gradient
    model.eval()
    with torch.no_grad():
        greedy, _ = model.sample(feats, greedy=True)
    model.train()
    sampled, logps = model.sample(feats, greedy=False)
    adv = cider_like(sampled, caps[:, 1:]) - cider_like(greedy, caps[:, 1:])
    rl_loss = -(adv.unsqueeze(1) * logps).mean()
    opt.zero_grad()
    rl_loss.backward()
    opt.step()
    print("done")


main()
